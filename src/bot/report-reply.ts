/**
 * A Report as structured replies: a first reply that fits a phone (score, readiness, the costliest
 * gaps, the most valuable fixes, the summary) and the rest on request (`/ats details <topic>`).
 */
import type { BulletFix, MissingSkill, ReadinessCheck, Report } from '../analysis/report.js';
import { READINESS_WEIGHTS } from '../analysis/constants.js';
import type { ReportSnapshot } from '../store/user-store.js';
import type { Reply, ReplyBlock } from './types.js';
import { HINTS, jobLabel } from './replies.js';
import { renderPlainText } from './render-text.js';

/** The first reply names this many missing skills and this many fixes; the rest is in the details. */
export const FIRST_REPLY_GAPS = 3;
export const FIRST_REPLY_FIXES = 2;
/** The plain-text render of a first reply stays under this (DESIGN.md: "fits a phone"). */
export const FIRST_REPLY_MAX_CHARS = 1200;
/** Enough for a details reply to stay readable in a chat window. */
export const MAX_LISTED_SKILLS = 12;
/** Bullets quoted in the first reply's fixes are cut to this many characters. */
const QUOTE_MAX_CHARS = 56;

export const DETAIL_TOPICS = ['skills', 'checks', 'bullets', 'why'] as const;
export type DetailTopic = (typeof DETAIL_TOPICS)[number];
const DETAIL_LABELS = {
  skills: 'Skills', checks: 'Checks', bullets: 'Bullets', why: 'Why this score',
} as const satisfies Record<DetailTopic, string>;

export function isDetailTopic(word: string): word is DetailTopic {
  return (DETAIL_TOPICS as readonly string[]).includes(word);
}

export function targetLabel(report: Report): string {
  const { roleTitle, job } = report.target;
  if (job && roleTitle) return `${jobLabel(job)} (job post) + ${roleTitle}`;
  if (job) return `${jobLabel(job)} (job post)`;
  return roleTitle ?? 'general resume checks';
}

export function snapshotOf(report: Report): ReportSnapshot {
  return {
    score: report.score,
    readiness: report.readiness,
    target: targetLabel(report),
    skills: report.skills.found.map(({ id, name }) => ({ id, name })),
    passing: report.checks.filter((c) => c.passed).map((c) => c.id),
    checks: report.checks.map(({ id, message, passed }) => ({ id, message, passed })),
  };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0';
}

/** "What changed since your last version": score and readiness delta, skills gained/lost, checks. */
export function diffBlock(previous: ReportSnapshot, report: Report): ReplyBlock {
  const items = [
    `Match score: ${previous.score} → ${report.score} (${signed(report.score - previous.score)})`,
    `ATS readiness: ${previous.readiness} → ${report.readiness} (${signed(report.readiness - previous.readiness)})`,
  ];
  const before = new Set(previous.skills.map((s) => s.id));
  const now = new Set(report.skills.found.map((s) => s.id));
  const gained = report.skills.found.filter((s) => !before.has(s.id)).map((s) => s.name);
  const lost = previous.skills.filter((s) => !now.has(s.id)).map((s) => s.name);
  if (gained.length) items.push(`Skills gained: ${limit(gained, 5).join(', ')}`);
  if (lost.length) items.push(`Skills lost: ${limit(lost, 5).join(', ')}`);
  const wasPassing = new Set(previous.passing);
  const known = new Set(previous.checks.map((c) => c.id));
  const nowPassing = report.checks.filter((c) => c.passed && known.has(c.id) && !wasPassing.has(c.id)).map((c) => c.message);
  const nowFailing = report.checks.filter((c) => !c.passed && wasPassing.has(c.id)).map((c) => c.message);
  items.push(...limit(nowPassing, 2).map((m) => `Now passing: ${m}`), ...limit(nowFailing, 2).map((m) => `Now failing: ${m}`));
  const target = targetLabel(report);
  const text = previous.target === target ? undefined
    : `Your last report was against ${previous.target}; this one is against ${target}, so part of the change comes from the target.`;
  return { type: 'section', heading: 'What changed since your last version', ...(text ? { text } : {}), items };
}

export interface ReportReplyOptions {
  /** The snapshot of the previous report, when this one comes from a new version of the same resume. */
  previous?: ReportSnapshot;
  /** The same resume as last time: one line says so instead of a "±0" comparison (and names a changed target). */
  sameAsLast?: boolean;
}

/** "Add it to your Skills section if you have it, and prove it in a bullet such as ..." -> a few words. */
function shortWhere(m: MissingSkill): string {
  if (/add a skills section/i.test(m.where)) return 'add a Skills section listing it';
  return /bullet/i.test(m.where) ? 'add to Skills, prove in a bullet' : 'add to Skills';
}

/** The costliest gaps; where to add them said once in the heading when it is the same for all. */
function gapsBlock(report: Report): ReplyBlock | null {
  const gaps = report.skills.missing.slice(0, FIRST_REPLY_GAPS);
  if (!gaps.length) return null;
  const more = report.skills.missing.length - gaps.length;
  const wheres = new Set(gaps.map(shortWhere));
  const shared = wheres.size === 1 ? [...wheres][0]! : null;
  const heading = `Top gaps${shared ? ` (${shared})` : ''}${more > 0 ? `, ${more} more in details` : ''}`;
  return { type: 'section', heading, items: gaps.map((m) =>
    `${m.name}${m.required ? ' (required)' : ''}, +${round(m.cost)} pts${shared ? '' : `: ${shortWhere(m)}`}`) };
}

function clipQuote(text: string, max = QUOTE_MAX_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** Failing checks, the ones worth most readiness points first (their order in the report breaks ties). */
function failingByValue(checks: ReadinessCheck[]): ReadinessCheck[] {
  const weight = (c: ReadinessCheck) => (READINESS_WEIGHTS as Record<string, number>)[c.id] ?? 0;
  return checks.filter((c) => !c.passed).map((c, i) => ({ c, i })).sort((a, b) => weight(b.c) - weight(a.c) || a.i - b.i).map((x) => x.c);
}

function bulletFixLine(f: BulletFix): string {
  return `“${clipQuote(f.bullet)}”: ${f.problems.join('; ')}.`;
}

/** The two most valuable fixes: the heaviest failing check, then the bullet that most needs work. */
function topFixes(report: Report): string[] {
  // The fix without its example ("— e.g. ..."): the details have it whole.
  const checks = failingByValue(report.checks).map((c) => (c.fix ? `${sentence(c.message)} ${sentence(c.fix.replace(/\s+—\s+e\.g\..*$/, ''))}` : sentence(c.message)));
  const bullets = report.bulletFixes.map(bulletFixLine);
  const out = [checks[0], bullets[0], checks[1], bullets[1]].filter((x): x is string => x !== undefined);
  return out.slice(0, FIRST_REPLY_FIXES);
}

function detailChoices(report: Report): ReplyBlock {
  const topics = DETAIL_TOPICS.filter((t) => t !== 'bullets' || report.bulletFixes.length > 0);
  return { type: 'choices', heading: 'More', options: topics.map((t) => ({ label: DETAIL_LABELS[t], command: `/ats details ${t}` })) };
}

/** The first reply: what a person needs on a phone screen, everything else one tap away. */
export function reportReply(report: Report, options: ReportReplyOptions = {}): Reply {
  const target = targetLabel(report);
  const blocks: ReplyBlock[] = [];
  if (options.sameAsLast && (!options.previous || options.previous.target === target)) {
    blocks.push({ type: 'text', text: 'Same resume as last time: nothing changed.' });
  } else if (options.sameAsLast) {
    blocks.push({ type: 'text', text: `Same resume as last time, against a new target: ${options.previous!.target} before, ${target} now.` });
  } else if (options.previous) blocks.push(diffBlock(options.previous, report));
  blocks.push({ type: 'score', score: report.score, band: report.band, readiness: report.readiness, target });
  if (report.target.roleInferred) {
    blocks.push({ type: 'text', text: 'No role chosen: I used the one your resume suggests. Pick another (/ats roles) or paste a job post.' });
  }
  const gaps = gapsBlock(report);
  if (gaps) blocks.push(gaps);
  const fixes = topFixes(report);
  if (fixes.length) blocks.push({ type: 'section', heading: 'Fix first', items: fixes });
  blocks.push({ type: 'code', heading: 'Suggested summary', text: report.summary });
  blocks.push(detailChoices(report));
  blocks.push({ type: 'text', text: `Scoring ${report.version}` });
  const reply: Reply = { kind: 'report', audience: 'conversation', title: `ATS check: ${target}`, blocks, hints: report.target.job || report.target.roleInferred ? [] : [HINTS.job] };
  return fitFirstReply(reply);
}

/** A guard for unusual input (very long titles or fixes): list items go, last first, until the reply fits. */
function fitFirstReply(reply: Reply): Reply {
  const size = () => renderPlainText(reply).length;
  reply.hints = size() > FIRST_REPLY_MAX_CHARS ? [] : reply.hints;
  for (const heading of ['Fix first', 'Top gaps']) {
    const block = reply.blocks.find((b): b is Extract<ReplyBlock, { type: 'section' }> => b.type === 'section' && b.heading.startsWith(heading));
    while (block?.items && block.items.length > 1 && size() > FIRST_REPLY_MAX_CHARS) block.items.pop();
  }
  return reply;
}

/** Matched skills (with the post's wording when the resume words it differently), missing skills, keywords. */
function skillBlocks(report: Report): ReplyBlock[] {
  const blocks: ReplyBlock[] = [];
  const viaSynonym = new Map(report.skills.synonyms.map((s) => [s.id, s]));
  const matched = report.skills.matched.map((s) => {
    const syn = viaSynonym.get(s.id);
    return syn && syn.resumeSays.toLowerCase() !== syn.name.toLowerCase() ? `${syn.name} (your resume says “${syn.resumeSays}”: use the post's wording too)` : s.name;
  });
  if (matched.length) blocks.push({ type: 'section', heading: 'Matched', items: limit(matched, MAX_LISTED_SKILLS * 2) });
  const missing = report.skills.missing;
  if (missing.length) {
    blocks.push({ type: 'section', heading: 'Missing skills, costliest first', items: limit(missing.map((m) =>
      `${m.name}${m.required ? ' (required)' : ''}, +${round(m.cost)} pts: ${m.where}`), MAX_LISTED_SKILLS) });
  }
  const named = new Set([...missing, ...report.skills.matched].map((m) => m.name.toLowerCase()));
  const keywords = report.keywords.missing.filter((k) => !named.has(k.toLowerCase()));
  if (keywords.length) blocks.push({ type: 'section', heading: 'Keywords to mirror', text: limit(keywords, MAX_LISTED_SKILLS).join(', ') });
  if (!blocks.length) blocks.push({ type: 'text', text: 'No skills from the target to list.' });
  return blocks;
}

function checkBlocks(report: Report): ReplyBlock[] {
  const failing = failingByValue(report.checks);
  const passing = report.checks.filter((c) => c.passed);
  const blocks: ReplyBlock[] = [];
  if (failing.length) blocks.push({ type: 'section', heading: 'Fix these', items: failing.map((c) => (c.fix ? `${sentence(c.message)} Fix: ${c.fix}` : c.message)) });
  if (passing.length) blocks.push({ type: 'section', heading: 'Passing', items: passing.map((c) => c.message) });
  return blocks;
}

function bulletBlocks(report: Report): ReplyBlock[] {
  if (!report.bulletFixes.length) return [{ type: 'text', text: 'No bullet needs work: each opens with an action verb, shows a number and is short enough.' }];
  return [{ type: 'section', heading: 'Bullets to strengthen', items: report.bulletFixes.map((f) =>
    `“${f.bullet}”: ${f.problems.join('; ')}. Try: ${f.suggestion}`) }];
}

function whyBlocks(report: Report): ReplyBlock[] {
  return [
    { type: 'fields', fields: report.breakdown.map((b) => ({ label: b.label, value: `${round(b.earned)}/${round(b.possible)}${b.detail ? `: ${b.detail}` : ''}` })) },
    { type: 'text', text: `Scoring ${report.version}` },
  ];
}

const DETAIL_TITLES = {
  skills: 'Skills', checks: 'ATS readiness checks', bullets: 'Bullet coaching', why: 'Why this score',
} as const satisfies Record<DetailTopic, string>;

/** One part of the full report, on request. */
export function detailsReply(report: Report, topic: DetailTopic): Reply {
  const blocks = topic === 'skills' ? skillBlocks(report) : topic === 'checks' ? checkBlocks(report)
    : topic === 'bullets' ? bulletBlocks(report) : whyBlocks(report);
  const others = DETAIL_TOPICS.filter((t) => t !== topic);
  blocks.push({ type: 'choices', heading: 'More', options: others.map((t) => ({ label: DETAIL_LABELS[t], command: `/ats details ${t}` })) });
  return { kind: 'details', audience: 'conversation', title: `${DETAIL_TITLES[topic]}: ${targetLabel(report)}`, blocks, hints: [] };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function limit(items: string[], max: number): string[] {
  return items.length > max ? [...items.slice(0, max), `…and ${items.length - max} more`] : items;
}
