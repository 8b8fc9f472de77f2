/**
 * How bin/ats.js loads the CLI. Node 20 has no compile cache for ES modules, and compiling the CLI's ~170
 * modules (pdf.js and zod above all) took longer than reading the resume; so `npm run build` also
 * bundles the CLI into one CommonJS file (dist/cli/ats.cjs, scripts/bundle-cli.ts) and records V8's
 * code cache for it (ats.cjs.cache). Here that bundle is compiled with the cache, so its functions
 * are deserialised instead of compiled. Without a bundle (a plain `tsc`), bin/ats.js runs the compiled
 * modules (dist/src/cli.js) instead, as it does when a plain `tsc` has compiled them since the bundle was made.
 * V8 rejects a cache made by another Node version or for other source, and then simply compiles.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const CLI_BUNDLE = fileURLToPath(new URL('../cli/ats.cjs', import.meta.url));
export const CLI_CODE_CACHE = `${CLI_BUNDLE}.cache`;
/** Set by the build's recording run only: write the code cache when the process exits. */
export const RECORD_CACHE_ENV = 'ATS_RECORD_CODE_CACHE';

export type RunCli = (argv: readonly string[]) => Promise<void>;

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The compiled entry the bundle is made from: compiled again after the bundle, the bundle is stale. */
const CLI_MODULE = fileURLToPath(new URL('./cli.js', import.meta.url));

function mtimeOf(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** The bundled CLI's entry, or null when there is no bundle, or when a plain `tsc` ran after `npm run build`. */
export function loadCliBundle(): RunCli | null {
  const built = mtimeOf(CLI_BUNDLE);
  const compiled = mtimeOf(CLI_MODULE);
  if (built === null || (compiled !== null && compiled > built)) return null;
  // The bundler writes ASCII only (see asciiOnly in scripts/bundle-cli.ts): Latin-1 decodes it 8x faster than UTF-8.
  const source = readOptional(CLI_BUNDLE)?.toString('latin1');
  if (source === undefined) return null;
  const record = process.env[RECORD_CACHE_ENV] === '1';
  const cachedData = record ? undefined : readOptional(CLI_CODE_CACHE);
  const script = new vm.Script(Module.wrap(source), {
    filename: CLI_BUNDLE,
    ...(cachedData ? { cachedData } : {}),
    // Modules the bundle leaves out are imported as from any ES module.
    importModuleDynamically: ((specifier: string) => import(specifier)) as unknown as vm.ScriptOptions['importModuleDynamically'],
  });
  // After the run, so the cache holds every function the run compiled, not only the top level.
  if (record) process.once('exit', () => writeFileSync(CLI_CODE_CACHE, script.createCachedData()));
  const module = { exports: {} as { runCli?: RunCli } };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, path.dirname(CLI_BUNDLE));
  if (typeof module.exports.runCli !== 'function') throw new Error(`${CLI_BUNDLE}: no runCli export (rebuild with npm run build)`);
  return module.exports.runCli;
}
