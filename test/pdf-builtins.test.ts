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

/**
 * pdf.js requires the native @napi-rs/canvas as it loads, to draw pages; we only read text, and
 * loading Skia cost about 10 ms of every `ats check` (issue 12) and its library in every worker. A
 * fresh process reads a real PDF without loading it, and keeps no stand-in DOMMatrix global.
 */
describe('reading a PDF does not load the native canvas', () => {
  it('reads the text with @napi-rs/canvas never required and no DOMMatrix left behind', () => {
    const documents = path.join(PACKAGE_ROOT, 'dist', 'src', 'documents', 'index.js');
    const script = `
      const { readFileSync, existsSync } = await import('node:fs');
      const { createRequire } = await import('node:module');
      const { extractDocument } = await import(${JSON.stringify(documents)});
      const doc = await extractDocument(new Uint8Array(readFileSync(${JSON.stringify(resumePath('rm-barry-allen-frontend.pdf'))})));
      const required = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('@napi-rs'));
      const mapped = existsSync('/proc/self/maps') && /skia/.test(readFileSync('/proc/self/maps', 'utf8'));
      process.stdout.write(JSON.stringify({ required, mapped, domMatrix: typeof globalThis.DOMMatrix, text: doc.text }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    // The resume's own words (test/fixtures/resumes/rm-barry-allen-frontend.pdf): the text was read.
    expect(out.text).toContain('Barry Allen');
    expect(out).toMatchObject({ required: [], mapped: false, domMatrix: 'undefined' });
  });
});
