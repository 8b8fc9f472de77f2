import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';

/** The package root, found from this file whether it runs from src/ (tests) or dist/src/ (build). */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + import.meta.url);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const ROLES_DIR = path.join(PACKAGE_ROOT, 'roles');
export const LEXICON_FILE = path.join(PACKAGE_ROOT, 'data', 'skills.json');
export const DIST_DIR = path.join(PACKAGE_ROOT, 'dist');
/** data/skills.json built into the matcher's tables by `npm run build` (see src/skills/compile-lexicon.ts). */
export const COMPILED_LEXICON_FILE = path.join(DIST_DIR, 'data', 'skills.compiled.v8');
