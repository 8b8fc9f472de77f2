/**
 * The card's font: Inter from @fontsource/inter (SIL Open Font License 1.1), regular and bold, in
 * the subsets that cover Latin, Cyrillic and Greek names. resvg takes font files by path and reads
 * TTF only, so each WOFF is unpacked once into a cache folder and the paths are kept per process.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { woffToSfnt } from './woff.js';

export const FONT_FAMILY = 'Inter';
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;
const WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);
let paths: string[] | undefined;

function fontPackageVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('@fontsource/inter/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The unpacked TTF paths, made on first use. `dir` overrides the cache folder (tests). */
export function cardFontFiles(dir = path.join(os.tmpdir(), `ats-bot-fonts-inter-${fontPackageVersion()}`)): string[] {
  if (paths) return paths;
  mkdirSync(dir, { recursive: true });
  const made: string[] = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const name = `inter-${subset}-${weight}-normal`;
      const target = path.join(dir, `${name}.ttf`);
      if (!existsSync(target)) {
        // Written aside and renamed: several worker threads may unpack at once, and none reads half a file.
        const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(partial, woffToSfnt(readFileSync(require.resolve(`@fontsource/inter/files/${name}.woff`))));
        renameSync(partial, target);
      }
      made.push(target);
    }
  }
  paths = made;
  return made;
}
