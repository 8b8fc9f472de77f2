/**
 * `npm run build` step: the CLI as one CommonJS file, dist/cli/ats.cjs, and V8's code cache for it
 * (see src/cli-bundle.ts for why). The cache is recorded by running the bundled CLI once on a sample
 * resume and a sample job post, so it holds the functions a check compiles (the post reader's too),
 * not only the top level. Inputs: the tsc output in dist/src and node_modules; native modules stay
 * outside and are required at run time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { CLI_BUNDLE, CLI_CODE_CACHE, RECORD_CACHE_ENV } from '../src/cli-bundle.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { sampleResumePdf } from './sample-resume.js';
import { SAMPLE_JOB_POST } from './sample-job-post.js';

const OUT_DIR = path.dirname(CLI_BUNDLE);

/**
 * Each bundled module keeps its own import.meta.url (paths.ts finds the package root from it, pdf.js
 * and the natural/font loaders require from it): rewritten to the module's original file, found from
 * the bundle's own location at run time, so the package can still be moved as a whole.
 */
const importMetaUrl: Plugin = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(?:m?js|cjs)$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const rel = path.relative(OUT_DIR, args.path).split(path.sep).join('/');
      return { contents: contents.replaceAll('import.meta.url', `__importMetaUrl(${JSON.stringify(rel)})`), loader: 'js' };
    });
  },
};

/**
 * Every non-ASCII character as a \\u escape, so the loader can decode the file as Latin-1 and V8 holds
 * it as a one-byte string: decoding 5 MB of UTF-8 cost ~30 ms a run. esbuild already escapes strings
 * and templates; what is left is in regular expressions and comments, where the escape means the same
 * character. A non-ASCII character right after a backslash would change meaning: refuse it.
 */
function asciiOnly(code: string): string {
  const escapedAfterBackslash = /\\[^\x00-\x7f]/.exec(code);
  if (escapedAfterBackslash) throw new Error(`bundle-cli: a backslash before a non-ASCII character at ${escapedAfterBackslash.index}`);
  return code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
const result = await build({
  entryPoints: [path.join(PACKAGE_ROOT, 'dist', 'src', 'cli.js')],
  outfile: CLI_BUNDLE,
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Native addons load from node_modules as usual.
  external: ['@napi-rs/canvas', '@resvg/resvg-js'],
  banner: { js: 'const __importMetaUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;' },
  plugins: [importMetaUrl],
  // Any import.meta left over would be an empty object in CommonJS: fail the build instead.
  logOverride: { 'empty-import-meta': 'error' },
  logLevel: 'warning',
  legalComments: 'none',
  // Comments and indentation are a third of the bytes read and hashed on every run; names stay.
  minifyWhitespace: true,
});
writeFileSync(CLI_BUNDLE, asciiOnly(result.outputFiles[0]!.text));

const dir = mkdtempSync(path.join(tmpdir(), 'ats-bundle-'));
try {
  const sample = path.join(dir, 'resume.pdf');
  writeFileSync(sample, sampleResumePdf());
  const post = path.join(dir, 'job.txt');
  writeFileSync(post, SAMPLE_JOB_POST);
  execFileSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'ats.js'), 'check', sample, '--job', post, '--json'], {
    env: { ...process.env, [RECORD_CACHE_ENV]: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const kb = (file: string) => Math.round(readFileSync(file).length / 1024);
process.stdout.write(`bundled the CLI into ${path.relative(process.cwd(), CLI_BUNDLE)} (${kb(CLI_BUNDLE)} KB; code cache ${kb(CLI_CODE_CACHE)} KB)\n`);
