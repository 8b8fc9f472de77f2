import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { sha256 } from '../validation/data-file.js';
import { COMPILED_LEXICON_FILE, LEXICON_FILE } from '../paths.js';
import { lexiconSchema, type SkillEntry, type SkillSense } from './lexicon-schema.js';
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
  /** See the schema's `combinations`. */
  readonly combinations: { id: string; all: string[] }[];
  /** See the schema's `senses`. */
  readonly senses: SkillSense[];
  /**
   * Skills by id, and phrases keyed by the first token's singular form, longest first (ordinary
   * phrases first on ties). Loaded from the compiled form, each entry stays its JSON text until it
   * is asked for: one resume or post asks about a few hundred of the lexicon's first words and
   * skills, and parsing and building all of them was most of loading the lexicon in a fresh process
   * (`ats check`). Map order is kept, so compile() of a loaded lexicon gives the same rows.
   */
  private readonly byId = new Map<string, SkillEntry | string>();
  private readonly byFirst = new Map<string, SkillPhrase[] | string>();
  /** Skill id + tokens already added (a name and an alias may tokenise alike: "Vue.js" / "vue.js"). */
  private readonly seen = new Set<string>();
  /** Single-token, unambiguous spellings, for glued versions ("vue3", "python3.11"). */
  private readonly singles = new Map<string, SkillPhrase>();
  /** From the compiled form, singles wait as [first word, index] until asked for. */
  private readonly singleRows = new Map<string, [string, number]>();

  /** From the lexicon data (validated here), or from its compiled form (see `compile`). */
  constructor(data: unknown, compiled: CompiledLexicon | null = null) {
    if (compiled) {
      this.version = compiled.version;
      this.combinations = compiled.combinations;
      this.senses = compiled.senses;
      for (const [id, json] of compiled.skills) this.byId.set(id, json);
      for (const [key, json] of compiled.byFirst) this.byFirst.set(key, json);
      for (const [norm, key, index] of compiled.singles) this.singleRows.set(norm, [key, index]);
      return;
    }
    const parsed = lexiconSchema.parse(data);
    this.version = parsed.version;
    this.combinations = parsed.combinations;
    this.senses = parsed.senses;
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
    for (const c of parsed.combinations) {
      for (const id of [c.id, ...c.all]) if (!this.byId.has(id)) throw new Error(`skills lexicon: combination names unknown skill ${id}`);
    }
    for (const sense of parsed.senses) {
      for (const id of [sense.from, sense.to, ...sense.near]) if (!this.byId.has(id)) throw new Error(`skills lexicon: sense of "${sense.spelling}" names unknown skill ${id}`);
    }
    for (const surface of parsed.ordinary) this.addPhrase('', surface, false, false, false);
    for (const key of this.byFirst.keys()) {
      this.listFor(key).sort((a, b) => b.norms.length - a.norms.length || Number(b.stop) - Number(a.stop));
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
    const list = this.byFirst.get(key) as SkillPhrase[] | undefined; // built from data: never text
    if (list) list.push(phrase);
    else this.byFirst.set(key, [phrase]);
    if (id !== '' && norms.length === 1 && !ambiguous && !this.singles.has(norms[0]!)) this.singles.set(norms[0]!, phrase);
  }

  /** The built tables as plain data, for dist/data/skills.compiled.v8. `source`: the data file's digest. */
  compile(source: string): CompiledLexicon {
    const lists = [...this.byFirst.keys()].map((key) => [key, this.listFor(key)] as const);
    const where = new Map<SkillPhrase, [string, number]>();
    for (const [key, list] of lists) list.forEach((p, i) => where.set(p, [key, i]));
    return {
      format: compiledFormat(),
      source,
      version: this.version,
      combinations: this.combinations,
      senses: this.senses,
      skills: this.all().map((skill) => [skill.id, JSON.stringify(skill)]),
      byFirst: lists.map(([key, list]) => [key, JSON.stringify(list.map(phraseToRow))]),
      singles: this.singleRows.size > 0
        ? [...this.singleRows].map(([norm, [key, index]]) => [norm, key, index])
        : [...this.singles].map(([norm, p]) => [norm, ...where.get(p)!]),
    };
  }

  /**
   * Every word of a skill's spellings (its name and aliases), lower-cased as the tokenizer does: the
   * norms of its phrases, worked out from the skill's own spellings (the phrase tables are keyed by
   * first word, and building them all to ask about a post's few skills cost ~20 ms in a fresh process).
   */
  spellingWords(id: string): ReadonlySet<string> {
    let words = this.wordsById.get(id);
    if (words === undefined) {
      const skill = this.get(id);
      if (!skill) return NO_WORDS;
      words = new Set<string>();
      for (const surface of new Set([skill.name, ...skill.aliases])) for (const t of tokenize(surface)) words.add(t.norm);
      this.wordsById.set(id, words);
    }
    return words;
  }
  private readonly wordsById = new Map<string, Set<string>>();

  get size(): number { return this.byId.size; }
  get(id: string): SkillEntry | undefined {
    const entry = this.byId.get(id);
    if (typeof entry !== 'string') return entry;
    const skill = JSON.parse(entry) as SkillEntry;
    this.byId.set(id, skill);
    return skill;
  }
  has(id: string): boolean { return this.byId.has(id); }
  name(id: string): string { return this.get(id)?.name ?? id; }
  all(): SkillEntry[] { return [...this.byId.keys()].map((id) => this.get(id)!); }
  phrasesStartingWith(firstNorm: string): SkillPhrase[] { return this.listFor(singular(firstNorm)); }

  /** The phrases under a first word, built from their rows on first use. */
  private listFor(key: string): SkillPhrase[] {
    const entry = this.byFirst.get(key);
    if (entry === undefined) return [];
    if (typeof entry !== 'string') return entry;
    const list = (JSON.parse(entry) as PhraseRow[]).map(phraseFromRow);
    this.byFirst.set(key, list);
    return list;
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
    const skill = this.get(id);
    return skill !== undefined && (skill.generic || skill.category === 'soft');
  }

  /** A licence, certification or professional qualification (see the schema's `credential`). */
  isCredential(id: string): boolean {
    return this.get(id)?.credential === true;
  }

  /** The ids a skill stands for when matching: itself plus what it implies (Next.js -> React). */
  implied(id: string): string[] {
    const out: string[] = [];
    const queue = [...(this.get(id)?.implies ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (out.includes(next) || next === id) continue;
      out.push(next);
      queue.push(...(this.get(next)?.implies ?? []));
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
  combinations: { id: string; all: string[] }[];
  senses: SkillSense[];
  /** [id, the skill's JSON]: parsed when the skill is asked for. */
  skills: [string, string][];
  /** [first word, the JSON of its phrase rows]: parsed when a text has that word. */
  byFirst: [string, string][];
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
    // V8's own serialisation: read back in about half the time JSON.parse takes for the same tables.
    const compiled = deserialize(readFileSync(COMPILED_LEXICON_FILE)) as CompiledLexicon;
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
