#!/usr/bin/env node
// The bundled CLI with its code cache when the build made one (see src/cli-bundle.ts), else the compiled modules.
import { loadCliBundle } from '../dist/src/cli-bundle.js';

// A reader that stops early (`ats check cv.pdf | head -3`) closes the pipe: end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit();
    throw error;
  });
}

const runCli = loadCliBundle() ?? (await import('../dist/src/cli.js')).runCli;
await runCli(process.argv);
// The answer is written. Left to drain, the process would still wait ~15 ms (idle, then finishing a
// garbage collection V8 began) before it ends; end it now, once stdout and stderr have flushed (a
// pipe on macOS is written asynchronously), with the exit code the command set.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
process.exit();
