/**
 * `npm run build` step: validate data/skills.json and write the matcher's tables to
 * dist/data/skills.compiled.v8 (V8's serialisation, which reads back faster than JSON), which
 * getLexicon() loads instead of rebuilding them in every process (it checks the data file's digest
 * and the code's, and builds afresh on any mismatch).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import path from 'node:path';
import { COMPILED_LEXICON_FILE, LEXICON_FILE } from '../paths.js';
import { Lexicon } from './lexicon.js';
import { sha256 } from '../validation/data-file.js';

const raw = readFileSync(LEXICON_FILE, 'utf8');
const compiled = new Lexicon(JSON.parse(raw)).compile(sha256(raw));
mkdirSync(path.dirname(COMPILED_LEXICON_FILE), { recursive: true });
writeFileSync(COMPILED_LEXICON_FILE, serialize(compiled));
process.stdout.write(`compiled ${compiled.skills.length} skills into ${path.relative(process.cwd(), COMPILED_LEXICON_FILE)}\n`);
