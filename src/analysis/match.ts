import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Lexicon } from '../skills/lexicon.js';
import { findSkills } from '../skills/matcher.js';
import type { RoleProfile } from '../roles/role-schema.js';
import { normalizeTitle } from '../roles/registry.js';
import { getTitleFamilies } from '../roles/title-families.js';
import type { JobPost } from '../jobs/types.js';
import { stemIndex, textHasKeyword } from '../jobs/keywords.js';
import type { Resume } from '../resume/types.js';
import { mergedMonths } from '../resume/dates.js';
import {
  SHARE_SKILLS, SHARE_KEYWORDS, SHARE_TITLE, SHARE_YEARS, REQUIRED_SKILL_WEIGHT, PREFERRED_SKILL_WEIGHT,
  ROLE_REQUIRED_MULTIPLIER, LISTED_ONLY_CREDIT, TITLE_MATCH_MIN, YEARS_FULL_SHARE, YEARS_UNKNOWN_CREDIT, SKILLS_CORE_COVERAGE, SKILLS_CORE_CREDIT, SKILLS_FULL_COVERAGE, TITLE_FAMILY_CREDIT, TITLE_ADJACENT_CREDIT, YEARS_UNRELATED_SHARE, RECENT_TITLES, OLDER_TITLE_CREDIT, SKILLS_EVIDENCE_MIN, SKILLS_EVIDENCE_FLOOR, THIN_POST_SKILLS_PRIOR, TITLE_LEVEL_GAP, TITLE_HEAD_CREDIT, YEARS_SHORTFALL_PENALTY,
  PRIMARY_REQUIREMENT_MIN, BAND_STRONG_MIN,
} from './constants.js';

/** What the resume shows, by skill id: the spelling it uses, and skills it shows only by implication. */
export interface ResumeSkills {
  found: Map<string, string>;
  /** Found skills named only in a skills list, never in the work described. */
  listedOnly: Set<string>;
  /** id -> the found skill that implies it (React via Next.js), or the parts of a combination joined by "+". */
  implied: Map<string, string>;
  stems: { stems: Set<string>; bigrams: Set<string> };
}

/** One thing the target asks for. */
export interface TargetItem {
  label: string;
  anyOf: string[];
  weight: number;
  required: boolean;
  /** A soft skill or generic practice: counted lightly, shown apart as "also mentioned". */
  generic?: boolean;
  /** A requirement the post insists on (PRIMARY_REQUIREMENT_MIN): without it the match is close at best. */
  primary?: boolean;
  /** How the target spells it (for "matched through a synonym"). */
  targetSays: string;
  bullet?: string;
}

export interface TargetEvaluation {
  items: { item: TargetItem; satisfiedBy: string | null; via: 'direct' | 'implied' | null }[];
  keywords: { term: string; weight: number; matched: boolean }[];
  title: { wanted: string[]; fraction: number; matched: boolean; related: boolean; best: string | null };
  years: { asked: number | null; have: number | null };
  score: number;
  breakdown: { label: string; earned: number; possible: number; detail: string }[];
  /** Points of the score per unit of item weight, for "what each missing skill costs". */
  pointsPerWeight: number;
}

/** On a role's header line these are employers ("Figma | San Francisco"), not skills. */
const BRAND_CATEGORIES = new Set(['tool', 'design', 'product']);

/**
 * "Software Engineer, OpenAI | 2021 - Present": a capitalised name right after the title's
 * separator, ending the segment, is the employer, whatever the lexicon calls it.
 */
function inEmployerPlace(text: string, hit: { start: number; surface: string }): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const lineEnd = text.indexOf('\n', hit.start);
  const before = text.slice(lineStart, hit.start);
  const after = text.slice(hit.start + hit.surface.length, lineEnd < 0 ? undefined : lineEnd);
  return /\p{L}.*(?:,|\s(?:at|@)|\s[|–—-])\s*$/u.test(before) && /^\p{Lu}/u.test(hit.surface)
    && /^\s*(?:$|[|,–—(]|\s-\s|\s\d)/.test(after);
}

/**
 * "Other (no experience): Custom parsers, C++ for RP2040", "Currently learning: Rust": a skills line
 * whose label disowns its list shows interest, not the skill.
 */
const DISCLAIMING_LABEL = /^\s*(?:[-*•·]\s*)?([^:\n]{1,60}):/;
const DISCLAIMS = /\b(?:no|without)\s+(?:professional\s+|hands-on\s+|prior\s+|real\s+)?experience\b|\bnot\s+(?:yet\s+)?(?:experienced|used\s+professionally)\b|^\s*(?:(?:currently|now|still|actively)\s+)?learning(?:\s+now)?\s*$|\bwant(?:ing)?\s+to\s+learn\b|^\s*(?:interested|interests?)\s+in\b/i;
function disclaimedLines(text: string): Set<number> {
  const out = new Set<number>();
  text.split('\n').forEach((line, i) => {
    const label = DISCLAIMING_LABEL.exec(line)?.[1];
    if (label && DISCLAIMS.test(label)) out.add(i);
  });
  return out;
}

export function resumeSkills(resume: Resume, lexicon: Lexicon, lines: { skillLines: Set<number>; headerLines: Set<number> }): ResumeSkills {
  const found = new Map<string, string>();
  const listed = new Set<string>();
  const described = new Set<string>();
  const disclaimed = disclaimedLines(resume.text);
  for (const hit of findSkills(resume.text, lexicon, { skillLines: lines.skillLines })) {
    if (lines.headerLines.has(hit.line) && (BRAND_CATEGORIES.has(lexicon.get(hit.id)?.category ?? '') || inEmployerPlace(resume.text, hit))) continue;
    if (disclaimed.has(hit.line)) continue;
    if (!found.has(hit.id)) found.set(hit.id, hit.surface);
    if (lines.skillLines.has(hit.line)) listed.add(hit.id);
    else described.add(hit.id);
  }
  const listedOnly = described.size > 0 ? new Set([...listed].filter((id) => !described.has(id))) : new Set<string>();
  const implied = new Map<string, string>();
  for (const id of found.keys()) for (const imp of lexicon.implied(id)) if (!found.has(imp) && !implied.has(imp)) implied.set(imp, id);
  // "React" and "Django": front-end and back-end work together show full-stack development.
  for (const c of lexicon.combinations) {
    if (found.has(c.id) || implied.has(c.id) || !c.all.every((id) => found.has(id) || implied.has(id))) continue;
    implied.set(c.id, c.all.map((id) => (found.has(id) ? id : implied.get(id)!)).join('+'));
  }
  // The stem index serves only keywords that name no skill: built on first use.
  let stems: ResumeSkills['stems'] | undefined;
  return { found, listedOnly, implied, get stems() { return stems ??= stemIndex(resume.text); } };
}

export function roleItems(role: RoleProfile, lexicon: Lexicon): TargetItem[] {
  return role.requirements.map((r) => ({
    label: r.label,
    anyOf: r.anyOf,
    weight: r.weight * (r.required ? ROLE_REQUIRED_MULTIPLIER : 1),
    required: r.required,
    targetSays: r.anyOf.length === 1 ? lexicon.name(r.anyOf[0]!) : r.label,
    bullet: r.bullet,
    generic: r.anyOf.every((id) => lexicon.isGeneric(id)),
  }));
}

export function jobItems(job: JobPost, lexicon: Lexicon): TargetItem[] {
  if (job.requirements) {
    return job.requirements.map((r) => {
      const label = r.anyOf.map((id) => lexicon.name(id)).join(' or ');
      const required = r.place === 'title' || r.place === 'required' || r.stressed;
      return {
        label, anyOf: r.anyOf, weight: r.importance, generic: r.generic, targetSays: label, required,
        // A required licence or qualification ("a qualified accountant with either ACA / ACCA / CIMA")
        // is insisted on however often it is named: no amount of the rest makes up for it.
        primary: !r.generic && (r.importance >= PRIMARY_REQUIREMENT_MIN || (required && r.anyOf.every((id) => lexicon.isCredential(id)))),
      };
    });
  }
  return legacyJobItems(job, lexicon);
}

/** Posts stored before requirements carried importance: required and preferred, weighed flat. */
function legacyJobItems(job: JobPost, lexicon: Lexicon): TargetItem[] {
  const required = new Set(job.required);
  const grouped = new Set<string>();
  const items: TargetItem[] = [];
  for (const group of job.alternatives ?? []) {
    const ids = group.filter((id) => !grouped.has(id));
    if (ids.length < 2) continue;
    ids.forEach((id) => grouped.add(id));
    const isRequired = ids.some((id) => required.has(id));
    const label = ids.map((id) => lexicon.name(id)).join(' or ');
    items.push({ label, anyOf: ids, weight: isRequired ? REQUIRED_SKILL_WEIGHT : PREFERRED_SKILL_WEIGHT, required: isRequired, targetSays: label });
  }
  const single = (id: string, isRequired: boolean): TargetItem => ({
    label: lexicon.name(id), anyOf: [id], weight: isRequired ? REQUIRED_SKILL_WEIGHT : PREFERRED_SKILL_WEIGHT,
    required: isRequired, targetSays: lexicon.name(id), generic: lexicon.isGeneric(id),
  });
  for (const id of job.required) if (!grouped.has(id)) items.push(single(id, true));
  for (const id of job.preferred) if (!grouped.has(id)) items.push(single(id, false));
  return items;
}

type RoleKeyword = { term: string; weight: number; ids: string[] };
/** A role's keywords depend on the role and the lexicon only: read once per role, not per report. */
const keywordsByRole = new WeakMap<RoleProfile, { lexicon: Lexicon; keywords: RoleKeyword[] }>();

/** Role keywords that are neither titles nor skill groups (those are scored elsewhere). */
export function roleKeywords(role: RoleProfile, lexicon: Lexicon): RoleKeyword[] {
  const known = keywordsByRole.get(role);
  if (known?.lexicon === lexicon) return known.keywords.map((k) => ({ ...k, ids: [...k.ids] }));
  const keywords = readRoleKeywords(role, lexicon);
  keywordsByRole.set(role, { lexicon, keywords });
  return keywords.map((k) => ({ ...k, ids: [...k.ids] }));
}

function readRoleKeywords(role: RoleProfile, lexicon: Lexicon): RoleKeyword[] {
  const titles = new Set([role.title, ...role.titles].map(normalizeTitle));
  return role.keywords
    .filter((k) => !titles.has(normalizeTitle(k)))
    .map((k) => ({ term: k, weight: 1, ids: [...new Set(findSkills(k, lexicon, { skillLines: new Set([0]) }).map((h) => h.id))] }));
}

/** Titles of training, not work. */
const TRAINING_WORDS = /\b(?:intern|internship|student|trainee|apprentice|volunteer|summer)\b/;

/** A title that names a supporting job ("Accountant Helper", "Teacher Assistant") is not the job itself. */
const SUPPORT_WORDS = /\b(?:helper|assistant|aide|clerk|intern|internship|trainee|apprentice|student|volunteer)\b/;

/**
 * Does a resume title name the target's job: the same words, or nearly so? 1 for the same job, else
 * a similarity that counts only at TITLE_MATCH_MIN or above (0 when it cannot reach it).
 */
function sameTitle(resumeTitle: string, wanted: string): number {
  const nt = normalizeTitle(resumeTitle);
  const w = normalizeTitle(wanted);
  if (!nt || !w) return 0;
  if (SUPPORT_WORDS.test(nt) && !SUPPORT_WORDS.test(w)) return 0;
  if (nt === w || nt.includes(w)) return 1;
  // "Executive Assistant to the Board of Directors", "Developer for the Payments Team": the job is
  // what comes before "to" or "for", as long as it names more than a bare "Engineer".
  const core = /^(.+?) (?:to|for) (?:the )?\S/.exec(w)?.[1];
  if (core && core.includes(' ') && (nt === core || nt.includes(core))) return 1;
  // Jaro-Winkler is at most 0.4 + 0.6 x Jaro, and Jaro at most (2 + shorter / longer) / 3: titles
  // of which one is under half the other's length cannot reach TITLE_MATCH_MIN, so skip the work.
  if (Math.min(nt.length, w.length) * 2 < Math.max(nt.length, w.length)) return 0;
  // "Human Resources Coordinator" and "Human Resources Specialist": a long shared field lifts the
  // string likeness, but two different job words are two jobs (the family still relates them).
  if (getTitleFamilies().differentJobWords(resumeTitle, wanted)) return 0;
  // Likeness is for spellings ("Develper", "Operation"), not for another word in the same place:
  // "Product Manager" is no "Project Manager", however alike the strings.
  const have = nt.split(' ');
  const want = w.split(' ');
  // ("Data Science" and "Data Scientist" share the stem: one field.)
  const alike = (a: string, b: string) => a.slice(0, 5) === b.slice(0, 5) || jaroWinkler(a, b) >= TITLE_MATCH_MIN;
  if (have.length === want.length && want.some((word) => !have.includes(word) && !have.some((h) => alike(h, word)))) return 0;
  return jaroWinkler(nt, w);
}

/** Internships and student jobs: no professional years, in the field or at all. */
const inTraining = (e: Resume['experience'][number]) => e.title !== null && TRAINING_WORDS.test(e.title.toLowerCase());

/**
 * The resume's years, in the share of its dated months that these roles fill. Null when it has no
 * years or no dated months.
 */
function yearsOf(resume: Resume, roles: Resume['experience']): number | null {
  if (resume.experienceYears === null) return null;
  // "Present" runs to the month the resume was read, as in experienceYears: cut at the latest end
  // instead, a side project "2020 - Present" shrank the whole career and inflated the field's share.
  const now = resume.asOf ?? Math.max(...resume.experience.map((e) => e.end ?? e.start));
  const span = (list: Resume['experience']) => mergedMonths(list.map((e) => ({ start: e.start, end: e.end ?? Math.max(now, e.start) })));
  const all = span(resume.experience);
  return all > 0 ? Math.round(resume.experienceYears * (span(roles) / all) * 10) / 10 : null;
}

/**
 * Years in roles whose title is the target's or of its family, as a recruiter counts "5 years as an
 * accountant". Null when no dated role names a related title (then the total years count, weighed
 * by how much the resume shows the field).
 */
function yearsInField(resume: Resume, wanted: string[]): number | null {
  if (wanted.length === 0) return null;
  const families = getTitleFamilies();
  const related = resume.experience.filter((e) => e.title && !inTraining(e)
    && wanted.some((w) => sameTitle(e.title!, w) >= TITLE_MATCH_MIN || families.related(e.title!, w)));
  return related.length === 0 ? null : yearsOf(resume, related);
}

/**
 * Years of professional work: the resume's years without the spans only internships and student
 * jobs fill. A graduate's three-month internship beside a four-month job is four months of work.
 */
function professionalYears(resume: Resume): number | null {
  return yearsOf(resume, resume.experience.filter((e) => !inTraining(e))) ?? resume.experienceYears;
}

/**
 * The titles a recruiter reads first: the headline and the most recent roles. Older titles still
 * show the field, at part of the credit.
 */
function recentTitles(resume: Resume): { recent: string[]; older: string[] } {
  const dated = [...resume.experience].filter((e) => e.title)
    .sort((a, b) => (b.end ?? Number.MAX_SAFE_INTEGER) - (a.end ?? Number.MAX_SAFE_INTEGER) || b.start - a.start);
  const recent = [...new Set([...(resume.headline ? [resume.headline] : []), ...dated.slice(0, RECENT_TITLES).map((e) => e.title!)])];
  if (dated.length === 0) return { recent: resume.titles.slice(0, RECENT_TITLES + 1), older: resume.titles.slice(RECENT_TITLES + 1) };
  return { recent, older: resume.titles.filter((t) => !recent.includes(t)) };
}

function titleMatch(resume: Resume, wanted: string[]): { fraction: number; matched: boolean; related: boolean; best: string | null } {
  const families = getTitleFamilies();
  const grade = (titles: string[]) => {
    let best: { score: number; title: string | null } = { score: 0, title: null };
    for (const t of titles) {
      for (const w of wanted) {
        const support = SUPPORT_WORDS.test(normalizeTitle(t)) && !SUPPORT_WORDS.test(normalizeTitle(w));
        let s = sameTitle(t, w) >= TITLE_MATCH_MIN ? 1
          : !support && families.sameHead(t, w) ? TITLE_HEAD_CREDIT
            : families.related(t, w) ? TITLE_FAMILY_CREDIT
              : families.adjacent(t, w) ? TITLE_ADJACENT_CREDIT : 0;
        // "Accountant I" for a "Senior Accountant": the same job, several levels below.
        const want = families.level(w);
        const have = families.level(t);
        if (s === 1 && want !== null && have !== null && want - have >= TITLE_LEVEL_GAP) s = TITLE_FAMILY_CREDIT;
        // "Software Engineering Intern" for a software engineer post: the field, not yet the job,
        // unless the post is for a beginner ("Junior Software Developer", "Research Associate").
        if (s > TITLE_FAMILY_CREDIT && TRAINING_WORDS.test(t.toLowerCase()) && !TRAINING_WORDS.test(w.toLowerCase()) && !(want !== null && want <= 1)) s = TITLE_FAMILY_CREDIT;
        if (s > best.score) best = { score: s, title: t };
      }
    }
    return best;
  };
  const { recent, older } = recentTitles(resume);
  const r = grade(recent);
  const o = grade(older);
  // "Software Engineer" five jobs ago, "Product Manager" now: the field shows, the job does not.
  const fromOlder = o.score * OLDER_TITLE_CREDIT;
  const fraction = Math.max(r.score, fromOlder);
  const best = r.score >= fromOlder ? r.title : o.title;
  return { fraction, matched: fraction === 1, related: fraction > 0 && fraction < 1, best: fraction > 0 ? best : null };
}

/**
 * Scores a resume against one target. Each part earns its share times the fraction covered; the
 * shares of absent parts move to skills, so a role without years asked is still out of 100.
 * A target with nothing to match earns nothing: an empty target never scores 100.
 */
export function evaluateTarget(
  resume: Resume, skills: ResumeSkills,
  target: {
    items: TargetItem[]; keywords: { term: string; weight: number; ids?: string[] }[]; titles: string[]; yearsAsked: number | null;
    /** Years a post's title implies when the post asks none ("Senior" ~ 5): read, not asked. */
    yearsImplied?: number | null;
  },
): TargetEvaluation {
  const items = target.items.map((item) => {
    const direct = item.anyOf.find((id) => skills.found.has(id));
    if (direct) return { item, satisfiedBy: direct, via: 'direct' as const };
    const implied = item.anyOf.find((id) => skills.implied.has(id));
    if (implied) return { item, satisfiedBy: implied, via: 'implied' as const };
    return { item, satisfiedBy: null, via: null };
  });
  const keywords = target.keywords.map((k) => ({
    term: k.term, weight: k.weight,
    matched: k.ids && k.ids.length > 0
      ? k.ids.some((id) => skills.found.has(id) || skills.implied.has(id))
      : textHasKeyword(skills.stems.stems, skills.stems.bigrams, k.term),
  }));
  const title = { wanted: target.titles, ...titleMatch(resume, target.titles) };
  const years = { asked: target.yearsAsked ?? target.yearsImplied ?? null, have: professionalYears(resume) };
  const yearsWord = target.yearsAsked !== null ? 'asked' : 'expected of the title';

  const totalWeight = items.reduce((s, i) => s + i.item.weight, 0);
  // "Ruby on Rails is only in his skills list": a skill the work never shows is weaker evidence.
  const credit = (i: (typeof items)[number]) => !i.satisfiedBy ? 0
    : i.via === 'direct' && !i.item.generic && skills.listedOnly.has(i.satisfiedBy) ? LISTED_ONLY_CREDIT : 1;
  const earnedWeight = items.reduce((s, i) => s + i.item.weight * credit(i), 0);
  const listedOnly = items.filter((i) => i.satisfiedBy && credit(i) < 1).map((i) => i.item.label);
  // A recruiter shortlists on the core of the job, not on every mention: covering
  // SKILLS_CORE_COVERAGE of the weighted requirements earns SKILLS_CORE_CREDIT of the skills share,
  // and the rest comes by SKILLS_FULL_COVERAGE: covering most of the post is what tells strong from close.
  const coverage = totalWeight > 0 ? earnedWeight / totalWeight : 0;
  const skillsFraction = coverage <= SKILLS_CORE_COVERAGE
    ? SKILLS_CORE_CREDIT * coverage / SKILLS_CORE_COVERAGE
    : Math.min(1, SKILLS_CORE_CREDIT + (1 - SKILLS_CORE_CREDIT) * (coverage - SKILLS_CORE_COVERAGE) / (SKILLS_FULL_COVERAGE - SKILLS_CORE_COVERAGE));
  const hard = items.filter((i) => !i.item.generic);
  const titleFraction = title.fraction;
  // A title no family knows ("Codebase steward for quality", "Field Building Associate") and no
  // resume title matches says nothing a recruiter can hold a resume to: the duties decide.
  const families = getTitleFamilies();
  const titled = target.titles.length > 0 && (titleFraction > 0 || target.titles.some((t) => families.of(t).length > 0));
  // Years count as far as they are years in the field: a recruiter does not credit ten years of
  // restaurant work toward an engineering post. The field shows in the title or the skills.
  // Dated roles whose titles are all outside the field ("Senior Product Manager" for an ML
  // engineer post) show it only through the words of another job: half as much.
  const titledOutside = titleFraction === 0 && titled && resume.experience.filter((e) => e.title).length >= 2;
  const relevance = Math.max(titleFraction, skillsFraction * (titledOutside ? YEARS_UNRELATED_SHARE : 1));
  const inField = yearsInField(resume, target.titles);
  const yearsFraction = years.asked === null ? null
    : years.have === null ? relevance * YEARS_UNKNOWN_CREDIT
      : Math.max(
        inField !== null ? Math.min(1, inField / (years.asked * YEARS_FULL_SHARE)) : 0,
        // Titles on dated roles are often fragments ("DIRECTOR"): the whole career, weighed by how
        // much it shows the field, still counts in part.
        (inField !== null ? YEARS_UNRELATED_SHARE : 1) * relevance * Math.min(1, years.have / (years.asked * YEARS_FULL_SHARE)));
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const kwTotal = keywords.reduce((s, k) => s + k.weight, 0);
  const kwEarned = keywords.reduce((s, k) => s + (k.matched ? k.weight : 0), 0);

  const parts = [
    { label: 'Skills', share: SHARE_SKILLS, fraction: skillsFraction,
      detail: `${hard.filter((i) => i.satisfiedBy).length} of ${hard.length} skills (weighted ${round1(earnedWeight)}/${round1(totalWeight)}, ${Math.round(coverage * 100)}% covered)${listedOnly.length ? `; ${listedOnly.join(', ')} only in a skills list, counted at ${Math.round(LISTED_ONLY_CREDIT * 100)}%` : ''}` },
    ...(kwTotal > 0 ? [{ label: 'Keywords', share: SHARE_KEYWORDS, fraction: kwEarned / kwTotal,
      detail: `${keywords.filter((k) => k.matched).length} of ${keywords.length} keywords` }] : []),
    // A post whose title could not be read, or one no family knows (above), says nothing through it: the other parts decide.
    ...(titled ? [{ label: 'Job title', share: SHARE_TITLE, fraction: titleFraction,
      detail: title.matched ? `"${title.best}" matches` : title.related ? `"${title.best}" is a related title`
        : `no title like "${target.titles[0]}"` }] : []),
    ...(yearsFraction !== null ? [{ label: 'Experience', share: SHARE_YEARS, fraction: yearsFraction,
      detail: inField !== null ? `${inField} years in related roles, ${years.asked}+ ${yearsWord}`
        : `${years.have ?? 'unknown'} of ${years.asked}+ years ${yearsWord}${relevance < 1 ? ` (counted at ${Math.round(relevance * 100)}%: the field shows only partly)` : ''}` }] : []),
  ];
  // Empty target: nothing to match, so no part can earn (never a free 100).
  const empty = totalWeight === 0 && kwTotal === 0;
  const shareSum = parts.reduce((s, p) => s + p.share, 0);
  const skillsShare = parts[0]!.share + (1 - shareSum);
  // A post that names few hard skills says little through them: the title decides the rest.
  const hardWeight = hard.reduce((s, i) => s + i.item.weight, 0);
  // Never all of it: a title alone does not make a 100.
  const skillsEvidence = Math.max(SKILLS_EVIDENCE_FLOOR, Math.min(1, hardWeight / SKILLS_EVIDENCE_MIN));
  const evidence = !titled ? 1 : skillsEvidence;
  const shareOf = (label: string, share: number) => label === 'Skills' ? skillsShare * evidence
    : label === 'Job title' ? share + skillsShare * (1 - evidence) : share;
  // With no title to lean on either, a post naming one or two hard skills cannot tell a resume
  // that has them from one that does not: the skills part leans toward THIN_POST_SKILLS_PRIOR.
  const untitledEvidence = !titled ? skillsEvidence : 1;
  const breakdown = parts.map((p) => {
    const possible = 100 * shareOf(p.label, p.share);
    const fraction = p.label === 'Skills' ? untitledEvidence * p.fraction + (1 - untitledEvidence) * THIN_POST_SKILLS_PRIOR : p.fraction;
    const earned = empty || resume.wordCount === 0 ? 0 : possible * fraction;
    const detail = p.label === 'Skills' && untitledEvidence < 1 ? `${p.detail}; the post names too few to tell, so they count at ${Math.round(untitledEvidence * 100)}%` : p.detail;
    return { label: p.label, earned: Math.round(earned * 10) / 10, possible: Math.round(possible * 10) / 10, detail };
  });
  // Short of the years asked, a recruiter reads the whole resume as more junior than the job:
  // every part shrinks with the shortfall, not only the years part.
  // The years that count are those in the field when the titles show them: ten years of retail
  // and one as a developer read as one year toward a developer post.
  const seniorYears = inField ?? years.have;
  const yearsRatio = years.asked !== null && seniorYears !== null ? Math.min(1, seniorYears / years.asked) : 1;
  const seniority = 1 - YEARS_SHORTFALL_PENALTY * (1 - yearsRatio);
  if (seniority < 1) {
    for (const b of breakdown) if (b.label !== 'Experience') b.earned = Math.round(b.earned * seniority * 10) / 10;
  }
  // Without what the post insists on (its title's "Django", a stressed and repeated "general
  // ledger"), a recruiter reads the rest as a near miss: close at best, never strong. The parts
  // shrink together, so the breakdown still adds up to the score.
  const primaryMissing = items.filter((i) => i.item.primary && !i.satisfiedBy);
  if (primaryMissing.length > 0) {
    const total = breakdown.reduce((s, b) => s + b.earned, 0);
    const ceiling = BAND_STRONG_MIN - 1;
    if (total > ceiling) for (const b of breakdown) b.earned = Math.floor(b.earned * (ceiling / total) * 10) / 10;
    breakdown[0]!.detail += `; no ${primaryMissing.map((i) => i.item.label).join(', ')}, which the post insists on`;
  }
  const score = Math.max(0, Math.min(100, Math.round(breakdown.reduce((s, b) => s + b.earned, 0))));
  const skillsPossible = breakdown[0]!.possible;
  return { items, keywords, title, years, score, breakdown, pointsPerWeight: totalWeight > 0 ? skillsPossible / totalWeight : 0 };
}
