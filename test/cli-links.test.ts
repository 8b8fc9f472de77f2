/** `ats check resume --job https://…`: the link read in-process against the fake ATS, and the built CLI's refusals. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJobLink } from '../src/cli-link.js';
import { createLinkReader } from '../src/links/index.js';
import type { FakeWeb } from './fakes/web.js';
import { POSTING_LINKS, startFakeAts } from './helpers/fake-ats.js';
import { resumePath } from './helpers/fixtures.js';

const ATS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'ats.js');
function ats(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ATS, ...args], { timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
}

let web: FakeWeb;
beforeAll(async () => { web = await startFakeAts(); });
afterAll(() => web.close());

describe('--job <url>', () => {
  it('reads the post behind a Greenhouse link, title and requirements', async () => {
    const read = await readJobLink(POSTING_LINKS.Greenhouse, createLinkReader({ seam: web.seam }));
    expect('job' in read).toBe(true);
    if (!('job' in read)) return;
    expect(read.job.title).toBe('Backend Engineer');
    expect(read.job.required).toEqual(expect.arrayContaining(['kafka', 'postgresql']));
  });

  it('the built CLI refuses a private address and http:// with exit 2 and the code in JSON', async () => {
    for (const [url, code] of [['https://127.0.0.1/jobs/1', 'link-refused'], ['http://example.com/job', 'link-refused']] as const) {
      const out = await ats(['check', resumePath('rm-john-doe-java.txt'), '--job', url, '--json']);
      expect(out.code).toBe(2);
      expect(JSON.parse(out.stdout).error.code).toBe(code);
    }
  });

  it('LINK_FETCH=off: the CLI says so instead of fetching', async () => {
    const out = await ats(['check', resumePath('rm-john-doe-java.txt'), '--job', POSTING_LINKS.Lever, '--json'], { LINK_FETCH: 'off' });
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout).error).toMatchObject({ code: 'link-off' });
  });
});
