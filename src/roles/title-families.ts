/**
 * Job-title families (data/title-families.json): a resume title of the same family as the
 * target's earns part of the title share, as a recruiter reads "Software Engineer" against
 * "Backend Developer". Data, not code: a family is a list of titles.
 */
import path from 'node:path';
import { z } from '../validation/zod.js';
import { readDataFile } from '../validation/data-file.js';
import { PACKAGE_ROOT } from '../paths.js';
import { normalizeTitle } from './registry.js';

const familiesSchema = z.object({
  version: z.string().min(1),
  about: z.string().optional(),
  genericHeads: z.object({ about: z.string().optional(), words: z.array(z.string().min(1)) }),
  rankWords: z.object({ about: z.string().optional(), words: z.array(z.string().min(1)) }),
  seniority: z.object({ about: z.string().optional(), words: z.record(z.string(), z.number().min(0).max(30)) }),
  families: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** A family of generalists and specialists alike (software engineering): see related(). */
    umbrella: z.boolean().optional(),
    /**
     * Specialty families next to this umbrella's generalists: a "Software Engineer" reads as part
     * way to an "Infrastructure Engineer", less than to a "Backend Developer". See adjacent().
     */
    adjacent: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    titles: z.array(z.string().min(1)).min(2),
  })).min(1),
}).superRefine((data, ctx) => {
  // adjacent() reads it for an umbrella's generalists only, and a misspelt id would relate nothing.
  const ids = new Set(data.families.map((f) => f.id));
  for (const f of data.families) {
    if (f.adjacent && !f.umbrella) ctx.addIssue({ code: 'custom', message: `family ${f.id}: only an umbrella family names adjacent ones` });
    for (const id of f.adjacent ?? []) if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `family ${f.id}: adjacent "${id}" is no family` });
  }
});

export class TitleFamilies {
  readonly version: string;
  private readonly families: { id: string; titles: string[] }[];
  private readonly umbrellas: Set<string>;
  /** Umbrella family id -> the specialty families its generalists are adjacent to. */
  private readonly adjacency = new Map<string, Set<string>>();
  /**
   * Every seniority word in one pattern, one capture group each, longest first: the leftmost match
   * is the first word in the title, and at one place the longest word wins ("staff engineer" over
   * "staff"). One pattern, not one per word: each Unicode-aware pattern costs milliseconds to
   * compile, and the first report paid for 42 of them.
   */
  private readonly seniority: RegExp;
  private readonly seniorityYearsByGroup: number[];
  private readonly genericHeads: Set<string>;
  private readonly rankWords: Set<string>;
  /** Normalised family title -> the families that list it; titles are looked up by their word runs. */
  private readonly byTitle = new Map<string, string[]>();
  private readonly longest: number;
  /** Titles repeat across a report (every target title against every resume title): read each once. */
  private readonly memo = new Map<string, string[]>();

  /** From the data file's content, validated here unless `validated` says it already was. */
  constructor(data: unknown, validated = false) {
    const parsed = validated ? (data as z.infer<typeof familiesSchema>) : familiesSchema.parse(data);
    this.version = parsed.version;
    this.genericHeads = new Set(parsed.genericHeads.words.map((w) => normalizeTitle(w)));
    this.rankWords = new Set(parsed.rankWords.words.map((w) => w.toLowerCase()));
    // A stable sort keeps the data file's order among words of the same length.
    const words = Object.entries(parsed.seniority.words).sort((a, b) => b[0].length - a[0].length);
    this.seniority = new RegExp(`(?<![\\p{L}])(?:${words.map(([w]) => `(${w})`).join('|')})(?![\\p{L}])`, 'iu');
    this.seniorityYearsByGroup = words.map(([, y]) => y);
    this.families = parsed.families.map((f) => ({ id: f.id, titles: [...new Set(f.titles.map(normalizeTitle).filter(Boolean))] }));
    this.umbrellas = new Set(parsed.families.filter((f) => f.umbrella).map((f) => f.id));
    for (const f of parsed.families) if (f.adjacent) this.adjacency.set(f.id, new Set(f.adjacent));
    for (const f of this.families) for (const t of f.titles) this.byTitle.set(t, [...(this.byTitle.get(t) ?? []), f.id]);
    this.longest = Math.max(...[...this.byTitle.keys()].map((t) => t.split(' ').length));
  }

  /**
   * Ids of the families a title belongs to: it contains one of the family's titles as whole words.
   * A title that joins two fields ("Accounting & Operations Intern", "Sales and Marketing Manager")
   * belongs to the families of each.
   */
  of(title: string): string[] {
    const known = this.memo.get(title);
    if (known) return known;
    const parts = title.split(/\s*(?:&|\/|\+|\band\b)\s*/i).filter((p) => /\p{L}/u.test(p));
    const chosen = new Set(this.ofWords(title));
    if (parts.length > 1) for (const part of parts) for (const id of this.ofWords(part)) chosen.add(id);
    // Keep family order, as the data file lists them.
    const ids = this.families.map((f) => f.id).filter((id) => chosen.has(id));
    if (this.memo.size > 10_000) this.memo.clear();
    this.memo.set(title, ids);
    return ids;
  }

  private ofWords(title: string): Set<string> {
    const words = normalizeTitle(title).split(' ').filter(Boolean);
    // Whole-word runs name families, the specific ones first. A lone generic head ("Programmer"
    // normalises to "engineer") or a one-word family title away from the title's head ("Product
    // Lead" normalises to "product") is a weak sign, used only when nothing specific matches:
    // "Staff Engineer" reads as software, but "Security Engineer" only as security, and "Product
    // Designer" as a designer, not of the product family.
    const specific = new Set<string>();
    const weakOnly = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= this.longest && i + n <= words.length; n++) {
        const key = words.slice(i, i + n).join(' ');
        const weak = n === 1 && (this.genericHeads.has(key) || i !== words.length - 1);
        for (const id of this.byTitle.get(key) ?? []) (weak ? weakOnly : specific).add(id);
      }
    }
    return specific.size > 0 ? specific : weakOnly;
  }

  /** The years a title's first seniority word stands for ("Accountant I" -> 1, "Junior ..." -> 0), or null. */
  level(title: string): number | null {
    // Asked of every pair of titles a report compares; the pattern is long and tried at each position.
    let known = this.levels.get(title);
    if (known === undefined) {
      const m = this.seniority.exec(title);
      const group = m ? m.findIndex((g, i) => i > 0 && g !== undefined) : -1;
      known = m ? this.seniorityYearsByGroup[group - 1] ?? null : null;
      if (this.levels.size > 10_000) this.levels.clear();
      this.levels.set(title, known);
    }
    return known;
  }
  private readonly levels = new Map<string, number | null>();

  /** Years a title's seniority word implies ("Senior Backend Engineer" -> 5), or null. */
  seniorityYears(title: string): number | null {
    const years = this.level(title);
    return years && years > 0 ? years : null;
  }

  /**
   * Do two titles end in two different generic job words ("Human Resources Coordinator", "Human
   * Resources Specialist")? Then they are two jobs, however alike the words before.
   */
  differentJobWords(a: string, b: string): boolean {
    const ha = this.head(a);
    const hb = this.head(b);
    return ha !== hb && this.genericHeads.has(ha) && this.genericHeads.has(hb);
  }

  /**
   * Does a title name a line of work, or only a rank ("Co-director", "Senior Manager", "Lead")? A
   * rank alone says nothing of the field, so a post titled so is read by its other parts.
   */
  namesWork(title: string): boolean {
    return normalizeTitle(title).split(' ').some((w) => w && !/^(?:of|the|and|&)$/.test(w) && !this.rankWords.has(w));
  }

  /** Is this one word a job word that names no job on its own ("Engineer", "Manager")? */
  isGenericHead(word: string): boolean {
    return this.genericHeads.has(normalizeTitle(word));
  }

  /** Do two titles end in the same job word ("Kindergarten Teacher", "Teacher (Mixed Elementary)")? */
  sameHead(a: string, b: string): boolean {
    const ha = this.head(a);
    return ha.length > 2 && !this.genericHeads.has(ha) && ha === this.head(b);
  }

  /** A title's last word, its parentheses and numbers left out ("Teacher (Mixed Elementary)" -> "teacher"). */
  private head(title: string): string {
    let known = this.heads.get(title);
    if (known === undefined) {
      known = normalizeTitle(title.replace(/\([^)]*\)/g, ' ')).split(' ').filter((w) => w && !/^\d+$/.test(w)).pop() ?? '';
      if (this.heads.size > 10_000) this.heads.clear();
      this.heads.set(title, known);
    }
    return known;
  }
  private readonly heads = new Map<string, string>();

  /**
   * Do two titles share a family? An umbrella family (software engineering) relates a generalist
   * to any specialist, but two specialists only through a specialty they share: a "Software
   * Engineer" is related to a "Frontend Engineer", a "Lead iOS Developer" is not.
   */
  related(a: string, b: string): boolean {
    const fa = this.of(a);
    const fb = this.of(b);
    const sa = fa.filter((id) => !this.umbrellas.has(id));
    const sb = fb.filter((id) => !this.umbrellas.has(id));
    if (sa.length > 0 && sb.length > 0) return sa.some((id) => sb.includes(id));
    return fa.length > 0 && fb.some((id) => fa.includes(id));
  }

  /**
   * Is one title a generalist of an umbrella family (it names no specialty) and the other of a
   * specialty next to it? "Software Engineer" and "Site Reliability Engineer": yes. "Frontend
   * Engineer" and "Site Reliability Engineer": no, a specialist is not adjacent to another field.
   */
  adjacent(a: string, b: string): boolean {
    const near = (x: string, y: string) => {
      const fx = this.of(x);
      if (fx.length === 0 || fx.some((id) => !this.umbrellas.has(id))) return false;
      const fy = this.of(y);
      return fx.some((id) => fy.some((other) => this.adjacency.get(id)?.has(other) ?? false));
    };
    return near(a, b) || near(b, a);
  }
}

let cached: TitleFamilies | null = null;

export function getTitleFamilies(): TitleFamilies {
  cached ??= new TitleFamilies(readDataFile(path.join(PACKAGE_ROOT, 'data', 'title-families.json'), import.meta.url, (raw) => familiesSchema.parse(raw)), true);
  return cached;
}
