/**
 * Child process of the bench's memory target: analyses the fixture resumes in turn (read the file,
 * parse, analyse against a role and a job post) and prints the RSS in MB after the first N and
 * after all M analyses, each after a full GC (run with --expose-gc), with the heap in use then, as one JSON line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze, readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { getRoles } from '../src/roles/registry.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const [first, total] = process.argv.slice(2).map(Number) as [number, number];
const dir = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'resumes');
const files = readdirSync(dir).filter((f) => !f.startsWith('jake-')).sort().map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
const role = getRoles().get('backend-developer')!;
const job = await readJobPostFile(new Uint8Array(readFileSync(path.join(PACKAGE_ROOT, 'test', 'fixtures', 'jobs', 'rm-jd-backend-engineer.txt'))));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const rss = () => { gc(); return process.memoryUsage().rss / 1e6; };
const heap = () => process.memoryUsage().heapUsed / 1e6;

let atFirst = NaN;
let heapAtFirst = NaN;
for (let i = 1; i <= total; i++) {
  const resume = await readResumeFile(files[i % files.length]!);
  analyze({ resume, role });
  analyze({ resume, job });
  if (i === first) { atFirst = rss(); heapAtFirst = heap(); }
}
const atTotal = rss();
process.stdout.write(JSON.stringify({ first: atFirst, total: atTotal, heapFirst: heapAtFirst, heapTotal: heap() }) + '\n');
