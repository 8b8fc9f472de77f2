import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexicon, type CompiledLexicon } from '../src/skills/lexicon.js';
import { findSkills } from '../src/skills/matcher.js';
import { LEXICON_FILE, PACKAGE_ROOT } from '../src/paths.js';
import { readResumeFile } from '../src/analysis/pipeline.js';
import { READABLE_RESUMES, resumeBytes } from './helpers/fixtures.js';

/**
 * The compiled lexicon (dist/data/skills.compiled.v8, written by `npm run build`) must be the
 * very tables the data file builds: loaded back, it compiles to the same rows and finds the same
 * skills, spelling for spelling, in every fixture resume.
 */
describe('the compiled lexicon', () => {
  const built = new Lexicon(JSON.parse(readFileSync(LEXICON_FILE, 'utf8')));
  const rows = JSON.parse(JSON.stringify(built.compile('digest'))) as CompiledLexicon;
  const loaded = new Lexicon(null, rows);

  it('holds the same skills and phrase tables as the data file builds', () => {
    expect(loaded.size).toBe(built.size);
    expect(loaded.size).toBeGreaterThan(1000);
    expect(loaded.compile('digest')).toEqual(built.compile('digest'));
    expect(loaded.phrasesStartingWith('kubernetes')).toEqual(built.phrasesStartingWith('kubernetes'));
    expect(loaded.single('vue')).toEqual(built.single('vue'));
  });

  it('finds the same skills in every fixture resume', async () => {
    for (const file of READABLE_RESUMES) {
      const { text } = await readResumeFile(resumeBytes(file));
      const hits = findSkills(text, built);
      expect(hits.length, file).toBeGreaterThan(3);
      expect(findSkills(text, loaded), file).toEqual(hits);
    }
  });

  it('is what the built code loads: current for this data file and this code', () => {
    const lexicon = path.join(PACKAGE_ROOT, 'dist', 'src', 'skills', 'lexicon.js');
    const script = `const m = await import(${JSON.stringify(lexicon)}); process.stdout.write(String(m.compiledLexiconIsCurrent()) + ' ' + m.getLexicon().size);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out).toBe(`true ${built.size}`);
  });
});
