import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { RoleProfile } from '../roles/role-schema.js';
import { normalizeTitle, type RoleRegistry } from '../roles/registry.js';
import type { Resume } from '../resume/types.js';
import type { ResumeSkills } from './match.js';

/** Title evidence weighs as much as skill evidence when guessing the role a resume aims at. */
const TITLE_EVIDENCE_WEIGHT = 0.5;
/** Below this similarity two titles are different jobs, however many letters they share. */
const TITLE_NEAR_MIN = 0.95;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The role the resume's own title names ("Machine Learning Engineer", "Senior Data Analyst"): the role
 * whose title or alias it holds as whole words, the longest such alias winning. Null when it names
 * none, or two roles equally (a generic title leaves the choice to the skills).
 */
function roleByOwnTitle(resume: Resume, registry: RoleRegistry): RoleProfile | null {
  const own = resume.headline ?? resume.titles[0];
  if (!own) return null;
  const title = ` ${normalizeTitle(own)} `;
  let best: { role: RoleProfile; length: number } | null = null;
  let tie = false;
  for (const role of registry.all()) {
    for (const rt of new Set([role.title, ...role.titles].map(normalizeTitle))) {
      if (!rt || !new RegExp(` ${escapeRe(rt)} `).test(title)) continue;
      if (!best || rt.length > best.length) { best = { role, length: rt.length }; tie = false; }
      else if (rt.length === best.length && best.role.id !== role.id) tie = true;
    }
  }
  return best && !tie ? best.role : null;
}

/** The role a resume most looks like: the one its own title names, else from its titles and the role skills it shows. */
export function inferRole(resume: Resume, skills: ResumeSkills, registry: RoleRegistry): RoleProfile {
  const named = roleByOwnTitle(resume, registry);
  if (named) return named;
  const titles = resume.titles.map(normalizeTitle).filter(Boolean);
  let best: { role: RoleProfile; score: number } | null = null;
  for (const role of registry.all()) {
    let titleScore = 0;
    for (const t of titles) {
      for (const rt of [role.title, ...role.titles].map(normalizeTitle)) {
        // Containment one way only: "software engineer" must not read as "software engineer in test".
        const s = t === rt || t.includes(rt) ? 1 : jaroWinkler(t, rt);
        titleScore = Math.max(titleScore, s >= TITLE_NEAR_MIN ? s : 0);
      }
    }
    const total = role.requirements.reduce((s, r) => s + r.weight, 0);
    const covered = role.requirements.reduce((s, r) => s + (r.anyOf.some((id) => skills.found.has(id) || skills.implied.has(id)) ? r.weight : 0), 0);
    const score = TITLE_EVIDENCE_WEIGHT * titleScore + (1 - TITLE_EVIDENCE_WEIGHT) * (total ? covered / total : 0);
    if (!best || score > best.score) best = { role, score };
  }
  return best!.role;
}
