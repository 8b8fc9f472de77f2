import pc from 'picocolors';
import type { Report } from './analysis/report.js';
import { BANDS } from './analysis/bands.js';

type Paint = (s: string) => string;
const plain: Paint = (s) => s;

/** A readable terminal report for the CLI: score first, then what to do about it. */
export function formatReportText(report: Report, options: { color?: boolean } = {}): string {
  const c = options.color ? pc : { bold: plain, green: plain, yellow: plain, red: plain, dim: plain, cyan: plain };
  const bandPaint = c[BANDS[report.band].terminal];
  const out: string[] = [];
  const target = report.target.job
    ? `${report.target.job.title ?? 'the job post'}${report.target.job.company ? ` at ${report.target.job.company}` : ''}`
    : report.target.roleTitle ?? 'the role';
  out.push(c.bold(`ATS match for ${target}: ${bandPaint(`${report.score}/100 (${report.band})`)}`));
  out.push(`ATS readiness: ${report.readiness}/100`);
  if (report.target.roleInferred) out.push(c.dim(`Role inferred from your resume: ${report.target.roleTitle}. Choose another with --role <role>.`));
  out.push('', c.bold('Why this score'));
  for (const b of report.breakdown) out.push(`  ${b.label}: ${b.earned}/${b.possible} — ${b.detail}`);
  if (report.skills.missing.length) {
    out.push('', c.bold('Missing skills (costliest first)'));
    for (const m of report.skills.missing) {
      out.push(`  - ${m.name}${m.required ? ' (required)' : ''}: -${m.cost} pts. ${c.dim(m.where)}`);
    }
  }
  if (report.skills.matched.length) out.push('', c.bold('Matched'), `  ${report.skills.matched.map((m) => m.name).join(', ')}`);
  // "Use the post's wording" only where the wording differs ("Apache Kafka" vs "Kafka", not "Kafka" vs "kafka").
  const synonyms = report.skills.synonyms.filter((s) => s.resumeSays.toLowerCase() !== s.name.toLowerCase());
  if (synonyms.length) {
    out.push('', c.bold('Matched through a synonym'));
    for (const s of synonyms) out.push(`  - ${s.name}: your resume says "${s.resumeSays}" (use the post's wording too)`);
  }
  // Keywords never repeat a skill listed above.
  const named = new Set([...report.skills.missing, ...report.skills.matched].map((m) => m.name.toLowerCase()));
  const keywords = report.keywords.missing.filter((k) => !named.has(k.toLowerCase()));
  if (keywords.length) out.push('', c.bold('Keywords to mirror'), `  ${keywords.join(', ')}`);
  const failing = report.checks.filter((ch) => !ch.passed);
  out.push('', c.bold(`Readiness checks (${report.checks.length - failing.length}/${report.checks.length} passed)`));
  for (const ch of report.checks) out.push(`  ${ch.passed ? c.green('✓') : c.red('✗')} ${ch.message}${ch.fix ? `\n      Fix: ${ch.fix}` : ''}`);
  if (report.bulletFixes.length) {
    out.push('', c.bold('Bullets to strengthen'));
    for (const f of report.bulletFixes) out.push(`  "${f.bullet}"`, `    ${c.dim(f.problems.join('; '))}`, `    → ${f.suggestion}`);
  }
  out.push('', c.bold('Suggested summary'), `  ${report.summary}`);
  out.push('', c.dim(`Skills found: ${report.skills.found.map((s) => s.name).join(', ') || 'none'}`));
  out.push(c.dim(`Experience: ${report.experienceYears ?? 'unknown'} years · scoring ${report.version}`));
  return out.join('\n');
}
