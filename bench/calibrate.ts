/**
 * `npm run calibrate`: scores every labelled pair of the calibration set and prints the agreement
 * table: band agreement, ranking agreement per post, and the confusions, pair by pair.
 */
import { agreement, loadPairs, scorePairs } from './calibration-set.js';

const pairs = loadPairs();
if (pairs.length === 0) {
  process.stdout.write('No calibration pairs found under test/fixtures/calibration/*/pairs.json\n');
  process.exit(1);
}
const scored = await scorePairs(pairs);
const verbose = process.argv.includes('--all');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

process.stdout.write('pair                                              label       score  band        with role\n');
for (const s of scored) {
  if (!verbose && s.band === s.predicted) continue;
  process.stdout.write(`${`${s.set}/${s.id}`.padEnd(50).slice(0, 50)} ${s.band.padEnd(11)} ${String(s.score).padStart(5)}  ${s.predicted.padEnd(11)} ${s.withRole ?? '-'}\n`);
}
const a = agreement(scored);
process.stdout.write(`\n${a.pairs} pairs in ${new Set(scored.map((s) => `${s.set}/${s.job}`)).size} posts\n`);
process.stdout.write(`band agreement:    ${pct(a.bandAgreement)}\n`);
process.stdout.write(`fit agreement:     ${pct(a.fitAgreement)} (strong or close vs needs-work)\n`);
process.stdout.write(`ranking agreement: ${a.rankedRight}/${a.rankedPairs} (fitting above needs-work, same post)\n`);
process.stdout.write('\nconfusion (rows: recruiter, columns: ATS Bot)\n              strong  close  needs-work\n');
for (const [label, row] of Object.entries(a.confusion)) {
  process.stdout.write(`${label.padEnd(12)} ${String(row.strong).padStart(7)} ${String(row.close).padStart(6)} ${String(row['needs-work']).padStart(11)}\n`);
}
for (const m of a.misranked) process.stdout.write(`misranked: ${m.job}: ${m.fitting} ${m.fittingScore} <= ${m.unfit} ${m.unfitScore}\n`);
const bySet = new Map<string, { n: number; agree: number }>();
for (const s of scored) { const e = bySet.get(s.set) ?? { n: 0, agree: 0 }; e.n++; if (s.band === s.predicted) e.agree++; bySet.set(s.set, e); }
for (const [set, e] of bySet) process.stdout.write(`${set}: ${e.agree}/${e.n} bands agree\n`);
