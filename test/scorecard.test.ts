import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, readJobPostFile, readResumeFile } from '../src/analysis/pipeline.js';
import { BANDS } from '../src/analysis/bands.js';
import type { Report } from '../src/analysis/report.js';
import { getRoles } from '../src/roles/registry.js';
import { CARD_HEIGHT, CARD_WIDTH, GAUGE, gaugePixel, renderScorecard } from '../src/scorecard/index.js';
import { woffToSfnt } from '../src/scorecard/woff.js';
import { CARD_EXAMPLES } from '../bench/card-examples.js';
import { TODAY, jobBytes, resumeBytes } from './helpers/fixtures.js';

function decode(png: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(png));
}

function hexAt(image: PNG, p: { x: number; y: number }): string {
  const i = (p.y * image.width + p.x) * 4;
  return '#' + [0, 1, 2].map((k) => image.data[i + k]!.toString(16).padStart(2, '0')).join('');
}

/** Pixels in a box that are far from white: text or shapes were drawn there. */
function inkedPixels(image: PNG, box: { x: number; y: number; w: number; h: number }): number {
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 3 * 160) n++;
    }
  }
  return n;
}

const reports = new Map<string, Report>();

beforeAll(async () => {
  for (const ex of CARD_EXAMPLES) {
    const resume = await readResumeFile(resumeBytes(ex.resume), undefined, TODAY);
    const job = ex.job ? await readJobPostFile(jobBytes(ex.job)) : null;
    reports.set(ex.name, analyze({ resume, role: ex.role ? getRoles().get(ex.role) ?? null : null, job }));
  }
});

describe('the scorecard PNG', () => {
  it('the three examples are one of each band', () => {
    expect([...reports.values()].map((r) => r.band)).toEqual(['strong', 'close', 'needs-work']);
  });

  it.each(CARD_EXAMPLES.map((e) => e.name))('%s: a 1200x630 PNG whose gauge has the band colour as far round as the score', (name) => {
    const report = reports.get(name)!;
    const card = renderScorecard(report);
    const image = decode(card.png);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const fill = report.score / 100;
    expect(hexAt(image, gaugePixel(fill / 2))).toBe(BANDS[report.band].hex);
    expect(hexAt(image, gaugePixel(Math.max(fill - 0.02, 0.01)))).toBe(BANDS[report.band].hex);
    // Past the score the ring is the grey track.
    expect(hexAt(image, gaugePixel(Math.min(fill + 0.03, 0.99)))).toBe(GAUGE.track);
    expect(card.alt).toContain(`match ${report.score}/100 (${BANDS[report.band].label})`);
    expect(card.name).toBe('ats-scorecard.png');
  });

  it('draws the text (the score under the gauge, the target at the top): the font loaded', () => {
    const image = decode(renderScorecard(reports.get('close')!).png);
    expect(inkedPixels(image, { x: GAUGE.cx - 110, y: GAUGE.cy - 100, w: 160, h: 90 })).toBeGreaterThan(1500);
    expect(inkedPixels(image, { x: 56, y: 85, w: 400, h: 45 })).toBeGreaterThan(1000);
    // The empty band above the header stays white: ink is where the layout puts it, not everywhere.
    expect(inkedPixels(image, { x: 0, y: 0, w: CARD_WIDTH, h: 40 })).toBe(0);
  });

  it('a score of 0 leaves the ring grey; 100 fills it to the end', () => {
    const base = reports.get('needs-work')!;
    const zero = decode(renderScorecard({ ...base, score: 0 }).png);
    expect(hexAt(zero, gaugePixel(0.02))).toBe(GAUGE.track);
    const full = decode(renderScorecard({ ...base, score: 100, band: 'strong' }).png);
    expect(hexAt(full, gaugePixel(0.98))).toBe(BANDS.strong.hex);
  });

  it('the same report gives the same bytes', () => {
    const report = reports.get('strong')!;
    expect(Buffer.from(renderScorecard(report).png).equals(Buffer.from(renderScorecard(report).png))).toBe(true);
  });

  it('markup in a pasted post title is drawn as text, not read as SVG', () => {
    const base = reports.get('close')!;
    const hostile = { ...base, target: { ...base.target, job: { title: '</text><rect width="1200" height="630" fill="#000"/><text>', otherTitles: [], company: 'A & B "Co"', yearsAsked: null } } };
    const image = decode(renderScorecard(hostile).png);
    expect(inkedPixels(image, { x: 0, y: 0, w: CARD_WIDTH, h: 40 })).toBe(0);
    expect(hexAt(image, gaugePixel(base.score / 200))).toBe(BANDS[base.band].hex);
  });
});

describe('WOFF -> TTF for resvg', () => {
  it('unpacks the shipped Inter WOFF into a TrueType file with the same tables', () => {
    const woff = readFileSync(new URL('../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff', import.meta.url));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavor: 0x00010000 for TrueType
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    const tags = Array.from({ length: ttf.readUInt16BE(4) }, (_, i) => ttf.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx']));
    // head.magicNumber sits 12 bytes into the head table.
    const head = tags.indexOf('head');
    expect(ttf.readUInt32BE(ttf.readUInt32BE(12 + head * 16 + 8) + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses bytes that are not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF/);
  });
});
