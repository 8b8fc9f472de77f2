import { readdirSync } from 'node:fs';
import path from 'node:path';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { ROLES_DIR } from '../paths.js';
import { ROLE_SCHEMA_MODULE, roleSchema, type RoleProfile } from './role-schema.js';
import { readDataFile } from '../validation/data-file.js';
import { getLexicon, type Lexicon } from '../skills/lexicon.js';
import { compareText } from '../text/compare.js';

export type RoleResolution =
  | { role: RoleProfile; suggestions: RoleProfile[] }
  | { role: null; suggestions: RoleProfile[] };

/** How close a query must be to a title to count as that role ("backend dev" -> Backend Developer). */
export const ROLE_FUZZY_MIN = 0.88;
/** How close a query must be for a role to be offered as a suggestion. */
export const ROLE_SUGGEST_MIN = 0.7;
export const ROLE_SUGGESTIONS = 3;

/** Words that do not change which role a title means. */
const TITLE_NOISE = /\b(senior|sr|junior|jr|lead|principal|staff|mid|level|entry|intern|associate|intermediate|experienced|i{1,3}|iv|remote|hybrid)\b/g;

/** Titles met so far, normalised: every report compares each resume title with each target title several times. */
const normalizedTitles = new Map<string, string>();
const MAX_NORMALIZED_TITLES = 5_000;

/** Reduces a title to comparable words: "Back-end Engineer" and "backend engineer" meet. */
export function normalizeTitle(title: string): string {
  let normalized = normalizedTitles.get(title);
  if (normalized === undefined) {
    if (normalizedTitles.size >= MAX_NORMALIZED_TITLES) normalizedTitles.clear();
    normalizedTitles.set(title, normalized = normalizeTitleWords(title));
  }
  return normalized;
}

function normalizeTitleWords(title: string): string {
  return title
    .toLowerCase()
    .replace(/\bback[\s-]+end\b/g, 'backend')
    .replace(/\bfront[\s-]+end\b/g, 'frontend')
    .replace(/\bfull[\s-]+stack\b/g, 'fullstack')
    // Screeners treat developer, programmer and engineer as the same job; so do we.
    // "Browser Developers", "Accountants": a post for several hires names the same job.
    .replace(/\b([a-z]+(?:er|or|ist|ant|ian))s\b/g, '$1')
    .replace(/\b(?:dev|developer|programmer|eng)\b/g, 'engineer')
    .replace(/\bmgr\b/g, 'manager')
    // "Programme Manager" is the British spelling of a Program Manager.
    .replace(/\bprogrammes?\b/g, 'program')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\borganis(?=ation|ational|er)/g, 'organiz')
    // "HR Specialist" is a Human Resources Specialist.
    .replace(/\bhr\b/g, 'human resources')
    // "Financial Specialist" and "Finance Specialist", "Chief Financial Officer": one job.
    .replace(/\bfinancial\b/g, 'finance')
    // "Frontend Software Engineer" is a frontend engineer: the specialty already says software.
    .replace(/\b(frontend|backend|fullstack|mobile|ios|android|web|embedded|cloud|platform|data|ml|ai) software engineer\b/g, '$1 engineer')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .replace(TITLE_NOISE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class RoleRegistry {
  private readonly roles: RoleProfile[];

  constructor(roles: RoleProfile[]) {
    this.roles = [...roles].sort((a, b) => compareText(a.id, b.id));
  }

  all(): RoleProfile[] { return this.roles; }
  get(id: string): RoleProfile | undefined { return this.roles.find((r) => r.id === id); }

  /** Id, then exact title or alias, then a near miss; otherwise the closest roles as suggestions. */
  resolve(query: string): RoleResolution {
    const q = query.trim().toLowerCase();
    const byId = this.roles.find((r) => r.id === q || r.id === q.replace(/\s+/g, '-'));
    if (byId) return { role: byId, suggestions: [] };
    const nq = normalizeTitle(q.replace(/-/g, ' '));
    if (!nq) return { role: null, suggestions: [] };
    const ranked = this.rank(nq);
    const best = ranked[0];
    if (best && (best.exact || best.score >= ROLE_FUZZY_MIN) && (ranked[1]?.score ?? 0) < best.score) {
      return { role: best.role, suggestions: [] };
    }
    if (best?.exact) return { role: best.role, suggestions: [] };
    return {
      role: null,
      suggestions: ranked.filter((r) => r.score >= ROLE_SUGGEST_MIN).slice(0, ROLE_SUGGESTIONS).map((r) => r.role),
    };
  }

  /** Roles by how well any of their titles matches a normalised title, best first. */
  rank(normalizedQuery: string): { role: RoleProfile; score: number; exact: boolean }[] {
    return this.roles
      .map((role) => {
        let score = 0;
        let exact = false;
        for (const title of [role.title, role.id.replace(/-/g, ' '), ...role.titles]) {
          const nt = normalizeTitle(title);
          if (nt === normalizedQuery) exact = true;
          score = Math.max(score, jaroWinkler(nt, normalizedQuery));
        }
        return { role, score: exact ? 1 : score, exact };
      })
      .sort((a, b) => b.score - a.score || compareText(a.role.id, b.role.id));
  }
}

/** Reads and validates every roles/*.json; a bad file stops the start with its name and the problem. */
export function loadRoles(dir: string = ROLES_DIR, lexicon?: Lexicon): RoleRegistry {
  const roles: RoleProfile[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const full = path.join(dir, file);
    const role = readDataFile(full, ROLE_SCHEMA_MODULE, (raw) => {
      const parsed = roleSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`role file ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
    if (role.id !== path.basename(file, '.json')) throw new Error(`role file ${file}: id "${role.id}" must match the file name`);
    if (lexicon) {
      for (const req of role.requirements) {
        for (const id of req.anyOf) if (!lexicon.has(id)) throw new Error(`role file ${file}: unknown skill id "${id}" in "${req.label}"`);
      }
    }
    roles.push(role);
  }
  if (roles.length === 0) throw new Error(`no role files in ${dir}`);
  return new RoleRegistry(roles);
}

let cached: RoleRegistry | null = null;

export function getRoles(): RoleRegistry {
  cached ??= loadRoles(ROLES_DIR, getLexicon());
  return cached;
}
