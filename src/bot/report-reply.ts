/** A Report as a structured reply, plus the snapshot that lets the next version say what changed. */
import type { Report } from '../analysis/report.js';
import type { ReportSnapshot } from '../store/user-store.js';
import type { Reply, ReplyBlock } from './types.js';
import { HINTS, jobLabel } from './replies.js';

/** Enough for a reply to stay readable in a chat window. */
export const MAX_LISTED_SKILLS = 12;
export const MAX_BULLET_FIXES = 3;

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
  if (gained.length) items.push(`Skills gained: ${gained.join(', ')}`);
  if (lost.length) items.push(`Skills lost: ${lost.join(', ')}`);
  const wasPassing = new Set(previous.passing);
  const known = new Set(previous.checks.map((c) => c.id));
  for (const c of report.checks) {
    if (c.passed && known.has(c.id) && !wasPassing.has(c.id)) items.push(`Now passing: ${c.message}`);
  }
  for (const c of report.checks) {
    if (!c.passed && wasPassing.has(c.id)) items.push(`Now failing: ${c.message}`);
  }
  const target = targetLabel(report);
  const text = previous.target === target ? undefined
    : `Your last report was against ${previous.target}; this one is against ${target}, so part of the change comes from the target.`;
  return { type: 'section', heading: 'What changed since your last version', ...(text ? { text } : {}), items };
}

export interface ReportReplyOptions {
  /** The snapshot of the previous report, when this one comes from a new resume version. */
  previous?: ReportSnapshot;
}

export function reportReply(report: Report, options: ReportReplyOptions = {}): Reply {
  const target = targetLabel(report);
  const blocks: ReplyBlock[] = [];
  if (options.previous) blocks.push(diffBlock(options.previous, report));
  blocks.push({ type: 'score', score: report.score, band: report.band, readiness: report.readiness, target });
  if (report.target.roleInferred) {
    blocks.push({ type: 'text', text:
      `You haven't chosen a role, so I checked against ${report.target.roleTitle ?? 'the role'}, the role your resume suggests. Choose another with /ats <role> (see /ats roles), or paste a job post.` });
  }
  if (report.breakdown.length) {
    blocks.push({ type: 'fields', fields: report.breakdown.map((b) => ({
      label: b.label, value: `${round(b.earned)}/${round(b.possible)}${b.detail ? `: ${b.detail}` : ''}`,
    })) });
  }
  const viaSynonym = new Set(report.skills.synonyms.map((s) => s.id));
  const matched = report.skills.matched.filter((s) => !viaSynonym.has(s.id)).map((s) => s.name);
  const synonyms = report.skills.synonyms.map((s) => `${s.name} (your resume says ${s.resumeSays})`);
  if (matched.length || synonyms.length) {
    blocks.push({ type: 'section', heading: 'Matched', items: [...limit(matched, MAX_LISTED_SKILLS), ...synonyms] });
  }
  const missing = [...report.skills.missing].sort((a, b) => b.cost - a.cost);
  if (missing.length) {
    blocks.push({ type: 'section', heading: 'Missing skills, costliest first', items: limit(missing.map((m) =>
      `${m.name}${m.required ? ' (required)' : ''}, +${round(m.cost)} pts: ${m.where}`), MAX_LISTED_SKILLS) });
  }
  if (report.keywords.missing.length) {
    blocks.push({ type: 'section', heading: 'Missing keywords', text: limit(report.keywords.missing, MAX_LISTED_SKILLS).join(', ') });
  }
  const failing = report.checks.filter((c) => !c.passed);
  if (failing.length) {
    blocks.push({ type: 'section', heading: 'ATS readiness: fix these', items: failing.map((c) => c.fix ? `${sentence(c.message)} Fix: ${c.fix}` : c.message) });
  }
  if (report.bulletFixes.length) {
    blocks.push({ type: 'section', heading: 'Bullets to strengthen', items: report.bulletFixes.slice(0, MAX_BULLET_FIXES).map((f) =>
      `“${f.bullet}”: ${f.problems.join('; ')}. Try: ${f.suggestion}`) });
  }
  blocks.push({ type: 'code', heading: 'Suggested summary', text: report.summary });
  blocks.push({ type: 'text', text: `Scoring ${report.version}` });
  const hints: string[] = [];
  if (!report.target.job) hints.push(HINTS.job);
  hints.push(HINTS.roles, HINTS.forget);
  return { kind: 'report', audience: 'conversation', title: `ATS check: ${target}`, blocks, hints };
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
