import { readFile, writeFile } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import { readResumeFile, readJobPostFile, analyze } from './analysis/pipeline.js';
import { readJobLink } from './cli-link.js';
import { getRoles } from './roles/registry.js';
import { isDocumentError } from './documents/errors.js';
import { formatReportText } from './report-text.js';
import type { Report } from './analysis/report.js';

/** Exit code for any input the tool cannot use (the contract other tools rely on). */
const EXIT_BAD_INPUT = 2;

class CliError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

async function readInput(path: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError('not-found', code === 'ENOENT' ? `${what} file not found: ${path}` : `Cannot read the ${what.toLowerCase()} file ${path} (${code ?? 'error'}).`);
  }
}

function fail(error: unknown, json: boolean): never {
  const { code, message } = isDocumentError(error) || error instanceof CliError
    ? { code: error.code, message: error.message }
    : { code: 'internal', message: 'Something went wrong while analysing this file. Please try again or send it in another format.' };
  if (json) process.stdout.write(JSON.stringify({ error: { code, message } }) + '\n');
  else process.stderr.write(`ats: ${message}\n`);
  process.exit(EXIT_BAD_INPUT);
}

/** The scorecard PNG to a file; resvg loads only when a card is asked for. */
async function writeCard(report: Report, file: string): Promise<void> {
  const { renderScorecard } = await import('./scorecard/index.js');
  try {
    await writeFile(file, renderScorecard(report).png);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError('card-not-written', `Cannot write the scorecard to ${file} (${code ?? 'error'}).`);
  }
}

async function check(file: string, opts: { role?: string; job?: string; json?: boolean; card?: string }): Promise<void> {
  const json = Boolean(opts.json);
  try {
    let role = null;
    if (opts.role) {
      const resolved = getRoles().resolve(opts.role);
      if (!resolved.role) {
        const hint = resolved.suggestions.length ? ` Closest: ${resolved.suggestions.map((r) => r.id).join(', ')}.` : '';
        throw new CliError('unknown-role', `Unknown role "${opts.role}".${hint} Run "ats roles" to list them.`);
      }
      role = resolved.role;
    }
    const resume = await readResumeFile(await readInput(file, 'Resume'));
    let job = null;
    if (opts.job && /^https?:\/\//i.test(opts.job)) {
      const { createLinkReader } = await import('./links/index.js');
      const read = await readJobLink(opts.job, process.env.LINK_FETCH?.trim().toLowerCase() === 'off' ? null : createLinkReader());
      if ('error' in read) throw new CliError(read.error.code, `Job post: ${read.error.message}`);
      job = read.job;
    }
    else if (opts.job) {
      try {
        job = await readJobPostFile(await readInput(opts.job, 'Job post'));
      } catch (error) {
        if (isDocumentError(error)) throw new CliError(error.code, `Job post: ${error.message}`);
        throw error;
      }
    }
    const report = analyze({ resume, role, job });
    if (opts.card) await writeCard(report, opts.card);
    if (json) process.stdout.write(JSON.stringify(report) + '\n');
    else process.stdout.write(formatReportText(report, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }) + '\n');
  } catch (error) {
    fail(error, json);
  }
}

/** `ats …`: parses `argv` (as process.argv) and runs the command; bin/ats.js calls it. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = new Command()
    .name('ats')
    .description('Check a resume against a role profile or a job post, as an ATS would.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program.command('check')
    .argument('<file>', 'resume: PDF, DOCX, TXT or Markdown')
    .option('--role <role>', 'role profile id, title or alias (e.g. backend-developer, "back-end engineer")')
    .option('--job <file-or-url>', 'job post: .txt, .md, .pdf or .docx, or an https:// link to the post')
    .option('--json', 'print exactly one JSON object')
    .option('--card <file>', 'also write the scorecard image (PNG) to this file')
    .action(check);

  program.command('roles')
    .description('list the role profiles')
    .action(() => {
      for (const r of getRoles().all()) process.stdout.write(`${r.id.padEnd(24)} ${r.title} (${r.group})\n`);
    });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
    fail(error, argv.includes('--json'));
  }
}
