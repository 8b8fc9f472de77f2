import type { Resume } from '../resume/types.js';
import { lineRoles } from '../resume/index.js';
import type { JobPost } from '../jobs/types.js';
import type { RoleProfile } from '../roles/role-schema.js';
import { getRoles, type RoleRegistry } from '../roles/registry.js';
import { getLexicon, type Lexicon } from '../skills/lexicon.js';
import type { Band, MissingSkill, Report, SkillRef } from './report.js';
import { evaluateTarget, jobItems, resumeSkills, roleItems, roleKeywords, type TargetEvaluation } from './match.js';
import { readinessChecks } from './readiness.js';
import { bulletFixes } from './coaching.js';
import { suggestSummary } from './summary.js';
import { inferRole } from './infer-role.js';
import { getTitleFamilies } from '../roles/title-families.js';
import { BAND_CLOSE_MIN, BAND_STRONG_MIN, JOB_SHARE_WITH_ROLE, SCORING_VERSION, UNLEVELLED_TITLE_YEARS } from './constants.js';
import { compareText } from '../text/compare.js';

export type { Report } from './report.js';

export function bandOf(score: number): Band {
  return score >= BAND_STRONG_MIN ? 'strong' : score >= BAND_CLOSE_MIN ? 'close' : 'needs-work';
}

/**
 * Years a post's title implies when the post asks none: its seniority word's ("Senior" 5,
 * "Junior" none), or, with no level word at all, a working professional's UNLEVELLED_TITLE_YEARS.
 */
function impliedYears(title: string): number | null {
  const families = getTitleFamilies();
  return families.level(title) === null ? UNLEVELLED_TITLE_YEARS : families.seniorityYears(title);
}

export interface AnalyzeInput { resume: Resume; role?: RoleProfile | null; job?: JobPost | null }

/**
 * Resume x target -> report. Deterministic: the same resume, role and post give the same report.
 * With neither a role nor a post, the closest role is inferred from the resume and flagged.
 */
export function analyze(input: AnalyzeInput, deps: { lexicon?: Lexicon; roles?: RoleRegistry } = {}): Report {
  const lexicon = deps.lexicon ?? getLexicon();
  const { resume, job = null } = input;
  const skills = resumeSkills(resume, lexicon, lineRoles(resume));
  const roleInferred = !input.role && !job;
  const role = input.role ?? (job ? null : inferRole(resume, skills, deps.roles ?? getRoles()));

  const roleEval = role ? evaluateTarget(resume, skills, {
    items: roleItems(role, lexicon), keywords: roleKeywords(role, lexicon), titles: [role.title, ...role.titles], yearsAsked: null,
  }) : null;
  const jobEval = job ? evaluateTarget(resume, skills, {
    items: jobItems(job, lexicon), keywords: job.keywords, titles: job.title && getTitleFamilies().namesWork(job.title) ? [job.title, ...(job.otherTitles ?? [])] : role ? [role.title, ...role.titles] : [], yearsAsked: job.yearsRequired,
    yearsImplied: job.title ? impliedYears(job.title) : null,
  }) : null;
  const evals = [jobEval, roleEval].filter((e): e is TargetEvaluation => e !== null);
  const score = jobEval && roleEval
    ? Math.round(JOB_SHARE_WITH_ROLE * jobEval.score + (1 - JOB_SHARE_WITH_ROLE) * roleEval.score)
    : evals[0]!.score;
  const shareOf = (e: TargetEvaluation) => (jobEval && roleEval ? (e === jobEval ? JOB_SHARE_WITH_ROLE : 1 - JOB_SHARE_WITH_ROLE) : 1);

  const found: SkillRef[] = [...skills.found.keys()].map((id) => ({ id, name: lexicon.name(id) }));
  const matched = new Map<string, SkillRef>();
  const synonyms = new Map<string, { id: string; name: string; resumeSays: string }>();
  const missing = new Map<string, MissingSkill>();
  const hasSkillsSection = resume.sections.some((s) => s.kind === 'skills');
  const alsoMentioned = new Map<string, { id: string; name: string; matched: boolean }>();
  for (const e of evals) {
    for (const { item, satisfiedBy, via } of e.items) {
      if (item.generic) {
        const id = satisfiedBy ?? item.anyOf[0]!;
        const prev = alsoMentioned.get(item.anyOf[0]!);
        alsoMentioned.set(item.anyOf[0]!, { id, name: item.label, matched: (prev?.matched ?? false) || satisfiedBy !== null });
        if (satisfiedBy) matched.set(satisfiedBy, { id: satisfiedBy, name: lexicon.name(satisfiedBy) });
        continue;
      }
      if (satisfiedBy) {
        matched.set(satisfiedBy, { id: satisfiedBy, name: lexicon.name(satisfiedBy) });
        // A combination's evidence is its parts, joined by "+" ("react+django": "React and Django").
        const by = via === 'implied' ? skills.implied.get(satisfiedBy)!.split('+').map((id) => lexicon.name(id)).join(' and ') : '';
        const says = via === 'implied' ? `${by} (implies ${lexicon.name(satisfiedBy)})` : skills.found.get(satisfiedBy)!;
        if (via === 'implied' || (item.anyOf.length === 1 && says.toLowerCase() !== item.targetSays.toLowerCase())) {
          synonyms.set(satisfiedBy, { id: satisfiedBy, name: item.targetSays, resumeSays: says });
        }
        continue;
      }
      const id = item.anyOf[0]!;
      const cost = Math.round(item.weight * e.pointsPerWeight * shareOf(e) * 10) / 10;
      const key = item.anyOf.join('|');
      const prev = missing.get(key);
      const where = item.bullet
        ? `Add it to your Skills section if you have it, and prove it in a bullet such as "${item.bullet.replace(/\s+—\s+\[.*$/, '')} — [your result]".`
        : hasSkillsSection ? 'Add it to your Skills section if you have it, then show it in an experience bullet.'
          : 'Add a Skills section and list it there if you have it.';
      missing.set(key, {
        id, name: item.anyOf.length > 1 ? item.label : lexicon.name(id), required: item.required || (prev?.required ?? false),
        cost: (prev?.cost ?? 0) + cost, where: prev?.where ?? where,
        ...(item.anyOf.length > 1 ? { members: item.anyOf.map((m) => lexicon.name(m)) } : {}),
      });
    }
  }
  for (const [key, m] of missing) if ((m.members ? key.split('|') : [m.id]).some((id) => matched.has(id))) missing.delete(key);

  const keywordMatched = new Set<string>();
  const keywordMissing = new Set<string>();
  for (const e of evals) for (const k of e.keywords) (k.matched ? keywordMatched : keywordMissing).add(k.term);
  for (const k of keywordMatched) keywordMissing.delete(k);
  // Keywords never repeat a skill the report already lists as matched or missing.
  const skillNames = new Set([...matched.values(), ...missing.values()].map((m) => m.name.toLowerCase()));
  for (const k of keywordMissing) if (skillNames.has(k.toLowerCase())) keywordMissing.delete(k);

  const { checks, readiness } = readinessChecks(resume);
  const targetTitle = job?.title ?? role?.title ?? null;
  const breakdown = evals.flatMap((e) => e.breakdown.map((b) => ({
    ...b,
    label: evals.length > 1 ? `${e === jobEval ? 'Job post' : 'Role'}: ${b.label}` : b.label,
    earned: Math.round(b.earned * shareOf(e) * 10) / 10,
    possible: Math.round(b.possible * shareOf(e) * 10) / 10,
  })));

  return {
    version: `${SCORING_VERSION}+lexicon.${lexicon.version}`,
    score,
    readiness,
    band: bandOf(score),
    target: {
      role: role?.id ?? null,
      roleTitle: role?.title ?? null,
      roleInferred,
      job: job ? { title: job.title, otherTitles: job.otherTitles ?? [], company: job.company, yearsAsked: job.yearsRequired } : null,
    },
    breakdown,
    skills: {
      found,
      matched: [...matched.values()],
      synonyms: [...synonyms.values()],
      missing: [...missing.values()].sort((a, b) => b.cost - a.cost || Number(b.required) - Number(a.required) || compareText(a.name, b.name)),
      alsoMentioned: [...alsoMentioned.values()],
    },
    keywords: { matched: [...keywordMatched], missing: [...keywordMissing] },
    contact: resume.contact,
    experienceYears: resume.experienceYears,
    checks,
    bulletFixes: bulletFixes(resume),
    summary: suggestSummary(resume, { matched: [...matched.keys()], found: skills.found, lexicon, targetTitle, company: job?.company ?? null }),
    resume: {
      name: resume.name, headline: resume.headline, words: resume.wordCount, pages: resume.pages,
      sections: resume.sections.filter((s) => s.heading).map((s) => s.kind),
    },
  };
}
