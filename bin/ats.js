#!/usr/bin/env node
// The bundled CLI with its code cache when the build made one (see src/cli-bundle.ts), else the compiled modules.
import { loadCliBundle } from '../dist/src/cli-bundle.js';

const runCli = loadCliBundle() ?? (await import('../dist/src/cli.js')).runCli;
await runCli(process.argv);
