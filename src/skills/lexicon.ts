import { readFileSync } from 'node:fs';
import { LEXICON_FILE } from '../paths.js';
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

export class Lexicon {
  readonly version: string;
  private readonly byId = new Map<string, SkillEntry>();
  /** Phrases keyed by the first token's singular form, longest first (ordinary phrases first on ties). */
  private readonly byFirst = new Map<string, SkillPhrase[]>();
  /** Skill id + tokens already added (a name and an alias may tokenise alike: "Vue.js" / "vue.js"). */
  private readonly seen = new Set<string>();
  /** Single-token, unambiguous spellings, for glued versions ("vue3", "python3.11"). */
  private readonly singles = new Map<string, SkillPhrase>();

  constructor(data: unknown) {
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

  get size(): number { return this.byId.size; }
  get(id: string): SkillEntry | undefined { return this.byId.get(id); }
  has(id: string): boolean { return this.byId.has(id); }
  name(id: string): string { return this.byId.get(id)?.name ?? id; }
  all(): SkillEntry[] { return [...this.byId.values()]; }
  phrasesStartingWith(firstNorm: string): SkillPhrase[] { return this.byFirst.get(singular(firstNorm)) ?? []; }
  /** The unambiguous one-word spelling written exactly so ("vue" -> Vue.js), if any. */
  single(norm: string): SkillPhrase | undefined { return this.singles.get(norm); }
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

let cached: Lexicon | null = null;

/** The shared lexicon, read and validated once per process. */
export function getLexicon(): Lexicon {
  cached ??= new Lexicon(JSON.parse(readFileSync(LEXICON_FILE, 'utf8')));
  return cached;
}
