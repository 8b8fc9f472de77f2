import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';
import { resumePath } from './helpers/fixtures.js';

/**
 * pdf.js's core-js swaps Array.prototype.push and JSON.parse for slower polyfills process-wide on
 * Node 20; reading a PDF must leave Node's own in place (issue 12: 0.76x the time with the push one,
 * 4x for JSON.parse). A fresh process, since the test runner itself may have loaded pdf.js already.
 */
describe('reading a PDF keeps the built-in Array.prototype.push and JSON.parse', () => {
  it('they are the same functions before and after pdf.js loads', () => {
    const documents = path.join(PACKAGE_ROOT, 'dist', 'src', 'documents', 'index.js');
    const script = `
      const push = Array.prototype.push;
      const parse = JSON.parse;
      const { readFileSync } = await import('node:fs');
      const { extractDocument } = await import(${JSON.stringify(documents)});
      const doc = await extractDocument(new Uint8Array(readFileSync(${JSON.stringify(resumePath('rm-template-single-column.pdf'))})));
      process.stdout.write(JSON.stringify({ push: Array.prototype.push === push, parse: JSON.parse === parse, chars: doc.text.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.chars).toBeGreaterThan(1000);
    expect(out).toMatchObject({ push: true, parse: true });
  });
});
