import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { RoleProfile } from '../roles/role-schema.js';
import { normalizeTitle, type RoleRegistry } from '../roles/registry.js';
import type { Resume } from '../resume/types.js';
import type { ResumeSkills } from './match.js';

/** Title evidence weighs as much as skill evidence when guessing the role a resume aims at. */
const TITLE_EVIDENCE_WEIGHT = 0.5;
/** Below this similarity two titles are different jobs, however many letters they share. */
const TITLE_NEAR_MIN = 0.95;

/** The role a resume most looks like, from its titles and the role skills it shows. */
export function inferRole(resume: Resume, skills: ResumeSkills, registry: RoleRegistry): RoleProfile {
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
