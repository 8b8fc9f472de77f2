import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_LEXICON_FILE, LEXICON_FILE } from '../paths.js';
import { lexiconSchema, type SkillEntry } from './lexicon-schema.js';
import { tokenize, fold, singular } from './tokens.js';

/** One spelling of a skill (or of an ordinary phrase), pre-tokenised for the matcher. */
export interface SkillPhrase {
  /** The skill id; '' for an ordinary phrase ("R&D", "C-suite") that names no skill. */
  id: string;
  surface: string;
  norms: string[];
  /** The tokens as written in the lexicon, for the case checks. */
  raws: string[];
  /** Inflection-folded tokens (see fold()). */
  stems: string[];
  ambiguous: boolean;
  /** For ambiguous spellings with capitals ("Go", "R"): the text must not be all lower-case. */
  needsCapital: boolean;
  /**
   * Ambiguous acronyms and inner-capital spellings ("SOLID", "RAG", "MVP", "SAFe"): the text must
   * be written exactly so ("solid", "rag" and "safe" are words).
   */
  exactCase: boolean;
  /** A clear spelling whose lower-case form is an English word ("React"/"react"); see the schema. */
  lowercaseWord: boolean;
  /** An ordinary phrase: matched only to be skipped. */
  stop: boolean;
}

/** Skills named by ordinary nouns ("dashboards", "leadership"): their case carries no meaning. */
const COMMON_NOUN_CATEGORIES = new Set([
  'practice', 'data', 'soft', 'product', 'ml', 'security', 'testing',
  'accounting', 'finance', 'business', 'marketing', 'sales', 'hr', 'healthcare', 'education', 'office',
]);

/** A spelling with capitals after its first letter, or a multi-letter all-capitals word. */
function hasInnerCapitals(surface: string): boolean {
  return tokenize(surface).some((t) => /\p{Lu}/u.test(t.raw.slice(1)));
}

const NO_WORDS: ReadonlySet<string> = new Set();

export class Lexicon {
  readonly version: string;
  private readonly byId = new Map<string, SkillEntry>();
  /** Phrases keyed by the first token's singular form, longest first (ordinary phrases first on ties). */
  private readonly byFirst = new Map<string, SkillPhrase[]>();
  /** Skill id + tokens already added (a name and an alias may tokenise alike: "Vue.js" / "vue.js"). */
  private readonly seen = new Set<string>();
  /** Single-token, unambiguous spellings, for glued versions ("vue3", "python3.11"). */
  private readonly singles = new Map<string, SkillPhrase>();
  /**
   * From the compiled form, phrase lists stay rows until a first word is looked up: one resume or
   * post asks about a few hundred of the lexicon's first words, and building all of them was a
   * third of loading it in a fresh process (`ats check`). Singles wait as [first word, index].
   */
  private readonly rows = new Map<string, PhraseRow[]>();
  private readonly singleRows = new Map<string, [string, number]>();
  /** The compiled first words in their order, so that compile() of a loaded lexicon gives the same rows. */
  private keyOrder: string[] = [];

  /** From the lexicon data (validated here), or from its compiled form (see `compile`). */
  constructor(data: unknown, compiled: CompiledLexicon | null = null) {
    if (compiled) {
      this.version = compiled.version;
      for (const skill of compiled.skills) this.byId.set(skill.id, skill);
      for (const [key, list] of compiled.byFirst) this.rows.set(key, list);
      this.keyOrder = compiled.byFirst.map(([key]) => key);
      for (const [norm, key, index] of compiled.singles) this.singleRows.set(norm, [key, index]);
      return;
    }
    const parsed = lexiconSchema.parse(data);
    this.version = parsed.version;
    for (const skill of parsed.skills) {
      if (this.byId.has(skill.id)) throw new Error(`skills lexicon: duplicate id ${skill.id}`);
      this.byId.set(skill.id, skill);
      const ambiguous = new Set(skill.ambiguous.map((a) => a.toLowerCase()));
      const words = new Set(skill.lowercaseWords.map((a) => a.toLowerCase()));
      const spellings = new Set([skill.name, ...skill.aliases]);
      const properNoun = !COMMON_NOUN_CATEGORIES.has(skill.category);
      for (const surface of spellings) {
        const key = surface.toLowerCase();
        this.addPhrase(skill.id, surface, ambiguous.has(key), properNoun, words.has(key));
      }
    }
    for (const surface of parsed.ordinary) this.addPhrase('', surface, false, false, false);
    for (const list of this.byFirst.values()) {
      list.sort((a, b) => b.norms.length - a.norms.length || Number(b.stop) - Number(a.stop));
    }
  }

  private addPhrase(id: string, surface: string, ambiguous: boolean, properNoun: boolean, lowercaseWord: boolean): void {
    const tokens = tokenize(surface);
    if (tokens.length === 0) return;
    const norms = tokens.map((t) => t.norm);
    const phrase: SkillPhrase = {
      id, surface, norms, raws: tokens.map((t) => t.raw), stems: norms.map(fold), ambiguous,
      needsCapital: ambiguous && properNoun && surface !== surface.toLowerCase(),
      exactCase: ambiguous && hasInnerCapitals(surface),
      lowercaseWord: lowercaseWord && !ambiguous,
      stop: id === '',
    };
    const seen = `${id}\u0001${norms.join(' ')}`;
    if (this.seen.has(seen)) return;
    this.seen.add(seen);
    const key = singular(norms[0]!);
    const list = this.byFirst.get(key);
    if (list) list.push(phrase);
    else this.byFirst.set(key, [phrase]);
    if (id !== '' && norms.length === 1 && !ambiguous && !this.singles.has(norms[0]!)) this.singles.set(norms[0]!, phrase);
  }

  /** The built tables as plain data, for dist/data/skills.compiled.json. `source`: the data file's digest. */
  compile(source: string): CompiledLexicon {
    this.materializeAll();
    const where = new Map<SkillPhrase, [string, number]>();
    for (const [key, list] of this.byFirst) list.forEach((p, i) => where.set(p, [key, i]));
    return {
      format: compiledFormat(),
      source,
      version: this.version,
      skills: [...this.byId.values()],
      byFirst: [...this.byFirst].map(([key, list]) => [key, list.map(phraseToRow)]),
      singles: this.singleRows.size > 0
        ? [...this.singleRows].map(([norm, [key, index]]) => [norm, key, index])
        : [...this.singles].map(([norm, p]) => [norm, ...where.get(p)!]),
    };
  }

  /** Every word of a skill's spellings (its name and aliases), lower-cased as the tokenizer does. */
  spellingWords(id: string): ReadonlySet<string> {
    if (!this.wordsById) {
      this.materializeAll();
      this.wordsById = new Map();
      for (const list of this.byFirst.values()) for (const p of list) {
        if (p.stop) continue;
        const words = this.wordsById.get(p.id) ?? new Set<string>();
        for (const n of p.norms) words.add(n);
        this.wordsById.set(p.id, words);
      }
    }
    return this.wordsById.get(id) ?? NO_WORDS;
  }
  private wordsById: Map<string, Set<string>> | null = null;

  get size(): number { return this.byId.size; }
  get(id: string): SkillEntry | undefined { return this.byId.get(id); }
  has(id: string): boolean { return this.byId.has(id); }
  name(id: string): string { return this.byId.get(id)?.name ?? id; }
  all(): SkillEntry[] { return [...this.byId.values()]; }
  phrasesStartingWith(firstNorm: string): SkillPhrase[] { return this.listFor(singular(firstNorm)); }

  /** The phrases under a first word, built from their rows on first use. */
  private listFor(key: string): SkillPhrase[] {
    let list = this.byFirst.get(key);
    if (list === undefined) {
      const rows = this.rows.get(key);
      if (rows === undefined) return [];
      this.byFirst.set(key, list = rows.map(phraseFromRow));
      this.rows.delete(key);
    }
    return list;
  }

  /** Every phrase list built, in the compiled order. */
  private materializeAll(): void {
    if (this.rows.size === 0) return;
    const lists = this.keyOrder.map((key) => [key, this.listFor(key)] as const);
    this.byFirst.clear();
    for (const [key, list] of lists) this.byFirst.set(key, list);
  }

  /**
   * The phrases that can start at a token, in phrasesStartingWith's order: those of two words or
   * more only when their second word folds like the next token (`nextFold`, fold() of its norm;
   * a second word that matches at all folds alike), then the one-word phrases. Common first words
   * ("data", "project") start dozens of phrases, and the matcher asks this at every token.
   */
  phrasesAt(firstNorm: string, nextFold: string | undefined): readonly SkillPhrase[] {
    const key = singular(firstNorm);
    let byNext = this.byFirstAndNext.get(key);
    if (!byNext) {
      const list = this.listFor(key);
      const singles = list.filter((p) => p.norms.length === 1);
      byNext = { singles, bySecond: new Map() };
      for (const p of list) {
        if (p.norms.length < 2) continue;
        const second = p.stems[1]!;
        if (!byNext.bySecond.has(second)) byNext.bySecond.set(second, [...list.filter((q) => q.norms.length >= 2 && q.stems[1] === second), ...singles]);
      }
      this.byFirstAndNext.set(key, byNext);
    }
    return (nextFold !== undefined ? byNext.bySecond.get(nextFold) : undefined) ?? byNext.singles;
  }
  private readonly byFirstAndNext = new Map<string, { singles: SkillPhrase[]; bySecond: Map<string, SkillPhrase[]> }>();
  /** The unambiguous one-word spelling written exactly so ("vue" -> Vue.js), if any. */
  single(norm: string): SkillPhrase | undefined {
    const known = this.singles.get(norm);
    if (known !== undefined) return known;
    const at = this.singleRows.get(norm);
    if (at === undefined) return undefined;
    const phrase = this.listFor(at[0])[at[1]]!;
    this.singles.set(norm, phrase);
    return phrase;
  }
  /** A generic practice or soft skill ("documentation", "teamwork"): weighs a small fraction of a hard skill. */
  isGeneric(id: string): boolean {
    const skill = this.byId.get(id);
    return skill !== undefined && (skill.generic || skill.category === 'soft');
  }

  /** The ids a skill stands for when matching: itself plus what it implies (Next.js -> React). */
  implied(id: string): string[] {
    const out: string[] = [];
    const queue = [...(this.byId.get(id)?.implies ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (out.includes(next) || next === id) continue;
      out.push(next);
      queue.push(...(this.byId.get(next)?.implies ?? []));
    }
    return out;
  }
}

/**
 * The compiled form: data/skills.json validated and built into the matcher's tables by
 * `npm run build` (dist/src/skills/compile-lexicon.js), so a process loads the tables instead of
 * validating 2,000 skills and tokenising every spelling (the largest part of the first report).
 * Phrases are rows: [id, surface, raws, stems or 0 when they equal the norms, flags].
 */
export interface CompiledLexicon {
  /** This loader's format and the digest of the code that builds the tables: a code change rebuilds. */
  format: string;
  /** SHA-256 of data/skills.json as compiled: an edited data file is read afresh. */
  source: string;
  version: string;
  skills: SkillEntry[];
  byFirst: [string, PhraseRow[]][];
  singles: [string, string, number][];
}
type PhraseRow = [string, string, string[], string[] | 0, number];

const FLAGS = ['ambiguous', 'needsCapital', 'exactCase', 'lowercaseWord', 'stop'] as const;

function phraseToRow(p: SkillPhrase): PhraseRow {
  const same = p.stems.every((st, i) => st === p.norms[i]);
  const flags = FLAGS.reduce((n, f, i) => n | (p[f] ? 1 << i : 0), 0);
  return [p.id, p.surface, p.raws, same ? 0 : p.stems, flags];
}

function phraseFromRow([id, surface, raws, stems, flags]: PhraseRow): SkillPhrase {
  // tokenize() lower-cases a token's text for its norm, exactly so.
  const norms = raws.map((r) => r.toLowerCase());
  const flag = (f: (typeof FLAGS)[number]) => (flags & (1 << FLAGS.indexOf(f))) !== 0;
  return {
    id, surface, norms, raws, stems: stems === 0 ? norms : stems,
    ambiguous: flag('ambiguous'), needsCapital: flag('needsCapital'), exactCase: flag('exactCase'),
    lowercaseWord: flag('lowercaseWord'), stop: flag('stop'),
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The format name plus a digest of this module, tokens and the schema (as .js from dist, .ts under the test runner). */
let format: string | null = null;
function compiledFormat(): string {
  if (format) return format;
  const self = fileURLToPath(import.meta.url);
  const ext = path.extname(self);
  const code = [self, ...['tokens', 'lexicon-schema'].map((m) => path.join(path.dirname(self), `${m}${ext}`))]
    .map((f) => readFileSync(f, 'utf8')).join('\u0000');
  format = `lexicon-tables-1:${sha256(code)}`;
  return format;
}

/** The compiled form, when it was made from this very data file by this very code; else null. */
function readCompiled(source: string): CompiledLexicon | null {
  try {
    const compiled = JSON.parse(readFileSync(COMPILED_LEXICON_FILE, 'utf8')) as CompiledLexicon;
    return compiled.source === source && compiled.format === compiledFormat() ? compiled : null;
  } catch {
    return null; // not built yet, or unreadable: build from the data file
  }
}

let cached: Lexicon | null = null;

/** The shared lexicon, read once per process: from its compiled form when it is current, else validated and built. */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const raw = readFileSync(LEXICON_FILE, 'utf8');
  const compiled = readCompiled(sha256(raw));
  cached = compiled ? new Lexicon(null, compiled) : new Lexicon(JSON.parse(raw));
  return cached;
}

/** Whether getLexicon() would load the compiled form (for the build check and its test). */
export function compiledLexiconIsCurrent(): boolean {
  return readCompiled(sha256(readFileSync(LEXICON_FILE, 'utf8'))) !== null;
}
