/**
 * "Forget" and "expires" hold on disk: after /ats forget or the TTL, the SQLite file's bytes no
 * longer contain what was stored (a deleted row's page would otherwise keep it, readable with `strings`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, sweepExpired, UserStore } from '../src/store/index.js';
import type { JobPost } from '../src/jobs/types.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ats-disk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MARKER = 'ZQX-PRIVATE-MARKER-7f3a';
const job = (n: number): JobPost => ({
  title: `${MARKER} title`, company: null, required: [], preferred: [], keywords: [], yearsRequired: null,
  text: `${MARKER} ${'confidential paragraph '.repeat(50)} #${n}`,
} as unknown as JobPost);

const fileHas = (file: string, text: string) => readFileSync(file).includes(Buffer.from(text));

describe('SQLite privacy on disk', () => {
  it('/ats forget wipes the rows from the file, not just from the index (secure_delete)', async () => {
    const file = path.join(tmp, 'forget.sqlite');
    const users = new UserStore(await createStore(`sqlite://${file}`), 3_600_000);
    await users.set('slack', 'U1', 'job', job(1));
    await users.set('slack', 'U1', 'role', 'backend-developer');
    await users.set('slack', 'U2', 'role', 'data-scientist'); // someone else's row stays
    expect(fileHas(file, MARKER)).toBe(true);
    await users.forget('slack', 'U1');
    expect(fileHas(file, MARKER)).toBe(false);
    expect(await users.get('slack', 'U2', 'role')).toBe('data-scientist');
    // A newer value replaces the old one on disk too.
    await users.set('slack', 'U2', 'job', job(2));
    await users.set('slack', 'U2', 'job', { ...job(3), title: 'plain', text: 'plain' } as JobPost);
    expect(fileHas(file, MARKER)).toBe(false);
    await users.close();
  });

  it('expired rows are swept from the file on a timer, without anyone reading them again', async () => {
    const file = path.join(tmp, 'expire.sqlite');
    const keyv = await createStore(`sqlite://${file}`, { sweepIntervalMs: 100 });
    const users = new UserStore(keyv, 300);
    await users.set('telegram', '9', 'job', job(4));
    expect(fileHas(file, MARKER)).toBe(true);
    await new Promise((r) => setTimeout(r, 700));
    expect(fileHas(file, MARKER)).toBe(false);
    await users.close();
  });

  it('sweepExpired removes only what has expired, and runs at open for rows that expired while down', async () => {
    const file = path.join(tmp, 'sweep.sqlite');
    const users = new UserStore(await createStore(`sqlite://${file}`), 200);
    await users.set('discord', 'a', 'job', job(5));
    const keep = new UserStore(await createStore(`sqlite://${path.join(tmp, 'other.sqlite')}`), 3_600_000);
    await keep.set('discord', 'b', 'role', 'x');
    await users.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(fileHas(file, MARKER)).toBe(true); // nobody running: still there
    const reopened = await createStore(`sqlite://${file}`);
    expect(fileHas(file, MARKER)).toBe(false);
    await reopened.disconnect();
    const keyv = await createStore(`sqlite://${path.join(tmp, 'other.sqlite')}`);
    expect(await sweepExpired(keyv)).toBe(0);
    await keyv.disconnect();
    await keep.close();
  });
});
