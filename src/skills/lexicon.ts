import { readFileSync } from 'node:fs';
import { LEXICON_FILE } from '../paths.js';
import { lexiconSchema, type SkillEntry } from './lexicon-schema.js';
import { tokenize, fold, singular } from './tokens.js';

/** One spelling of a skill, pre-tokenised for the matcher. */
export interface SkillPhrase {
  id: string;
  surface: string;
  norms: string[];
  /** Inflection-folded tokens (see fold()). */
  stems: string[];
  ambiguous: boolean;
  /** For ambiguous spellings with capitals ("Go", "R"): the text must not be all lower-case. */
  needsCapital: boolean;
}

/** Skills named by ordinary nouns ("dashboards", "leadership"): their case carries no meaning. */
const COMMON_NOUN_CATEGORIES = new Set(['practice', 'data', 'soft', 'product', 'ml', 'security', 'testing']);

export class Lexicon {
  readonly version: string;
  private readonly byId = new Map<string, SkillEntry>();
  /** Phrases keyed by the first token's singular form, longest first. */
  private readonly byFirst = new Map<string, SkillPhrase[]>();

  constructor(data: unknown) {
    const parsed = lexiconSchema.parse(data);
    this.version = parsed.version;
    for (const skill of parsed.skills) {
      if (this.byId.has(skill.id)) throw new Error(`skills lexicon: duplicate id ${skill.id}`);
      this.byId.set(skill.id, skill);
      const ambiguous = new Set(skill.ambiguous.map((a) => a.toLowerCase()));
      const spellings = new Set([skill.name, ...skill.aliases]);
      const properNoun = !COMMON_NOUN_CATEGORIES.has(skill.category);
      for (const surface of spellings) this.addPhrase(skill.id, surface, ambiguous.has(surface.toLowerCase()), properNoun);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);
  }

  private addPhrase(id: string, surface: string, ambiguous: boolean, properNoun: boolean): void {
    const tokens = tokenize(surface);
    if (tokens.length === 0) return;
    const norms = tokens.map((t) => t.norm);
    const phrase: SkillPhrase = {
      id, surface, norms, stems: norms.map(fold), ambiguous,
      needsCapital: ambiguous && properNoun && surface !== surface.toLowerCase(),
    };
    const key = singular(norms[0]!);
    const list = this.byFirst.get(key) ?? [];
    if (!list.some((p) => p.id === id && p.norms.join(' ') === norms.join(' '))) list.push(phrase);
    this.byFirst.set(key, list);
  }

  get size(): number { return this.byId.size; }
  get(id: string): SkillEntry | undefined { return this.byId.get(id); }
  has(id: string): boolean { return this.byId.has(id); }
  name(id: string): string { return this.byId.get(id)?.name ?? id; }
  all(): SkillEntry[] { return [...this.byId.values()]; }
  phrasesStartingWith(firstNorm: string): SkillPhrase[] { return this.byFirst.get(singular(firstNorm)) ?? []; }

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
