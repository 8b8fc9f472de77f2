/** The scorecard travels with the first report reply, from the worker thread to the adapters' Reply. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot, createPoolRunner } from '../src/bot/index.js';
import { blocksOf, commandEvent, fileEvent, memoryAttachment } from '../src/bot/testing.js';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/scorecard/index.js';
import { loadConfig } from '../src/config.js';

const FIX = path.resolve(import.meta.dirname, 'fixtures');
const resume = () => memoryAttachment('resume.pdf', new Uint8Array(readFileSync(path.join(FIX, 'resumes', 'rm-template-single-column.pdf'))));
const size = (png: Uint8Array) => { const img = PNG.sync.read(Buffer.from(png)); return [img.width, img.height]; };

describe('the scorecard on replies', () => {
  const pool = createPoolRunner({ threads: 1 });
  const bots = [createBot({ scorecard: true, runner: pool }), createBot({ scorecard: true }), createBot({ scorecard: false })];
  afterAll(() => Promise.all(bots.map((b) => b.close())));

  it('a resume in a DM: the report reply carries the PNG, drawn on the worker pool', async () => {
    const [report, ...rest] = await bots[0]!.handle(fileEvent(resume()));
    expect(report!.kind).toBe('report');
    expect(report!.image!.name).toBe('ats-scorecard.png');
    expect(size(report!.image!.png)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const [score] = blocksOf(report!, 'score');
    expect(report!.image!.alt).toContain(`match ${score!.score}/100`);
    expect(rest.every((r) => !r.image)).toBe(true);
  });

  it('a new role for the stored resume is a first report too; details are not', async () => {
    const bot = bots[1]!;
    await bot.handle(fileEvent(resume(), { userId: 'bo' }));
    const [again] = await bot.handle(commandEvent('frontend-developer', { userId: 'bo' }));
    expect(again!.kind).toBe('report');
    expect(size(again!.image!.png)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const [details] = await bot.handle(commandEvent('details skills', { userId: 'bo' }));
    expect(details!.kind).toBe('details');
    expect(details!.image).toBeUndefined();
  });

  it('in a group the card rides on the private reply only, never on the public acknowledgement', async () => {
    const replies = await bots[1]!.handle(fileEvent(resume(), { userId: 'cy', isDM: false }));
    const withImage = replies.filter((r) => r.image);
    expect(withImage.map((r) => [r.kind, r.audience])).toEqual([['report', 'private']]);
    expect(replies.some((r) => r.kind === 'ack' && r.audience === 'conversation')).toBe(true);
  });

  it('SCORECARD=off: the same report, no image', async () => {
    const [report] = await bots[2]!.handle(fileEvent(resume()));
    expect(report!.kind).toBe('report');
    expect(report!.image).toBeUndefined();
  });

  it('SCORECARD is on unless set off, and a wrong value is named', () => {
    expect(loadConfig({}).scorecard).toBe(true);
    expect(loadConfig({ SCORECARD: '' }).scorecard).toBe(true);
    expect(loadConfig({ SCORECARD: 'off' }).scorecard).toBe(false);
    expect(loadConfig({ SCORECARD: 'OFF ' }).scorecard).toBe(false);
    expect(() => loadConfig({ SCORECARD: 'maybe' })).toThrow(/Invalid SCORECARD \(got "maybe"\): must be on or off/);
  });
});
