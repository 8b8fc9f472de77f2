/**
 * Data files (roles, title families, vocabularies) as their schemas read them, validated once at
 * build time: `npm run build` runs each loader with ATS_WRITE_VALIDATED_DATA=1
 * (src/validation/validate-data.ts), which stores what the schema made of the file (defaults
 * filled in) in dist/data/validated/, in V8's serialisation. A process then loads that instead of
 * validating again, as long as the data file and the schema's module are byte for byte the ones
 * it was made from (their SHA-256 digests); anything else (an edited file, a schema changed
 * without a build, the TypeScript sources under test) is validated as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { DIST_DIR, PACKAGE_ROOT } from '../paths.js';

export const WRITE_VALIDATED_ENV = 'ATS_WRITE_VALIDATED_DATA';
const VALIDATED_DIR = path.join(DIST_DIR, 'data', 'validated');

/** The hex SHA-256 of a text: what a built artefact records of the files it was made from. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const moduleDigests = new Map<string, string>();
function moduleDigest(moduleUrl: string): string {
  let digest = moduleDigests.get(moduleUrl);
  if (digest === undefined) moduleDigests.set(moduleUrl, digest = sha256(readFileSync(fileURLToPath(moduleUrl), 'utf8')));
  return digest;
}

/**
 * The data file `file` as `parse` reads it (parse validates, and throws on bad data). `schemaModule`:
 * the import.meta.url of the module that defines the schema, so that a changed schema is noticed.
 */
export function readDataFile<T>(file: string, schemaModule: string, parse: (raw: unknown) => T): T {
  const text = readFileSync(file, 'utf8');
  const relative = path.relative(PACKAGE_ROOT, file);
  // Only the package's own data files are stored (a test's roles in a temp dir are simply validated).
  if (relative.startsWith('..') || path.isAbsolute(relative)) return parse(JSON.parse(text));
  const stored = path.join(VALIDATED_DIR, `${relative.split(path.sep).join('__')}.v8`);
  const key = `${sha256(text)}:${moduleDigest(schemaModule)}`;
  if (process.env[WRITE_VALIDATED_ENV] !== '1') {
    try {
      const found = deserialize(readFileSync(stored)) as { key: string; value: T };
      if (found.key === key) return found.value;
    } catch {
      // not built yet, or unreadable: validate
    }
  }
  const value = parse(JSON.parse(text));
  if (process.env[WRITE_VALIDATED_ENV] === '1') {
    mkdirSync(VALIDATED_DIR, { recursive: true });
    writeFileSync(stored, serialize({ key, value }));
  }
  return value;
}
