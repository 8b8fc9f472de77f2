import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
/**
 * The composition root: `npm start` has to start the adapters, so src/main.ts is the one file allowed
 * to reach adapters/, and only through dynamic import() (loaded when configured). No SDK even there.
 */
const COMPOSITION_ROOT = path.join(SRC, 'main.ts');
const FORBIDDEN_PACKAGES = /^(grammy|@grammyjs\/|@slack\/|discord\.js|@discordjs\/|discord-interactions|ws)(\/|$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|cts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier: static imports/exports, dynamic import(), require(). */
export function importsOf(code: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]!);
  return specs;
}

describe('boundary: the core imports no chat SDK and no adapter', () => {
  it('finds import statements (sanity check of the scanner)', () => {
    const code = `import { Bot } from 'grammy';\nimport type { App } from "@slack/bolt";\nexport * from '../adapters/x.js';\nconst d = await import('discord.js');\nimport 'ws';`;
    expect(importsOf(code)).toEqual(['grammy', '@slack/bolt', '../adapters/x.js', 'ws', 'discord.js']);
  });

  const files = sourceFiles(SRC);
  it('scans the whole of src/', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('src/main.ts reaches adapters only through dynamic import()', () => {
    const code = readFileSync(COMPOSITION_ROOT, 'utf8');
    const staticSpecs = [...code.matchAll(/^\s*(?:import|export)\b[^('"]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    expect(staticSpecs.filter((s) => s.includes('adapters/'))).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
    const code = readFileSync(file, 'utf8');
    const dynamic = new Set([...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!));
    const specs = importsOf(code).filter((s) => !(file === COMPOSITION_ROOT && dynamic.has(s) && s.startsWith('../adapters/')));
    const bad = specs.filter((s) => {
      if (FORBIDDEN_PACKAGES.test(s)) return true;
      if (!s.startsWith('.')) return false;
      const target = path.resolve(path.dirname(file), s);
      return target.startsWith(path.join(ROOT, 'adapters') + path.sep);
    });
    expect(bad).toEqual([]);
  });
});
