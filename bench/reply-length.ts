/**
 * `node dist/bench/reply-length.js [job-post file]`: the first chat reply's length in the plain-text
 * render (DESIGN.md: at most about 1,200 characters) and in Telegram HTML, for every fixture resume,
 * with the role inferred or against the given post from test/fixtures/jobs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../src/documents/index.js';
import { parseResume } from '../src/resume/index.js';
import { parseJobPost } from '../src/jobs/index.js';
import { analyze } from '../src/analysis/index.js';
import { reportReply } from '../src/bot/report-reply.js';
import { renderPlainText } from '../src/bot/render-text.js';
import { renderReply as renderTelegram } from '../adapters/telegram/render.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures');
const jobFile = process.argv[2];
const job = jobFile ? parseJobPost(readFileSync(path.join(FIXTURES, 'jobs', jobFile), 'utf8')) : null;

for (const name of readdirSync(path.join(FIXTURES, 'resumes')).sort()) {
  try {
    const resume = parseResume(await extractDocument(new Uint8Array(readFileSync(path.join(FIXTURES, 'resumes', name)))));
    const reply = reportReply(analyze({ resume, job }));
    const html = renderTelegram(reply);
    console.log(`${String(renderPlainText(reply).length).padStart(5)} plain  ${String(html[0]!.html.length).padStart(5)} telegram html (${html.length} message)  ${name}`);
  } catch (error) {
    console.log(`    - ${(error as Error).name}  ${name}`);
  }
}
