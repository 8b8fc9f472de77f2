import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';
import { resumePath } from './helpers/fixtures.js';

/**
 * pdf-parse's core-js swaps Array.prototype.push for a slower polyfill process-wide on Node 20;
 * reading a PDF must leave Node's own push in place (issue 12: 0.76x the time with it). A fresh
 * process, since the test runner itself may have loaded pdf-parse already.
 */
describe('reading a PDF keeps the built-in Array.prototype.push', () => {
  it('push is the same function before and after pdf-parse loads', () => {
    const documents = path.join(PACKAGE_ROOT, 'dist', 'src', 'documents', 'index.js');
    const script = `
      const builtin = Array.prototype.push;
      const { readFileSync } = await import('node:fs');
      const { extractDocument } = await import(${JSON.stringify(documents)});
      const doc = await extractDocument(new Uint8Array(readFileSync(${JSON.stringify(resumePath('rm-template-single-column.pdf'))})));
      process.stdout.write(JSON.stringify({ same: Array.prototype.push === builtin, chars: doc.text.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.chars).toBeGreaterThan(1000);
    expect(out.same).toBe(true);
  });
});
