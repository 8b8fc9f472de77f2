/**
 * Report -> the card as SVG: a pure function of the report, so the same report always gives the
 * same picture. Text is escaped here (targets and skills come from what people paste); resvg draws it.
 */
import type { Report } from '../analysis/report.js';
import { BANDS } from '../analysis/bands.js';
import { targetLabel } from '../bot/report-reply.js';
import { FONT_FAMILY } from './fonts.js';
import { GAUGE, arcPath } from './gauge.js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Missing skills the card names (the costliest first, as the report orders them). */
export const CARD_MISSING_SKILLS = 3;
/** Breakdown rows with room on the card (the report has 3 or 4: skills, keywords, title, experience). */
const CARD_BREAKDOWN_ROWS = 4;
/** Longer texts are cut with an ellipsis so no line runs into the next column (Inter's widths at these sizes). */
const MAX_TARGET_CHARS = 46;
const MAX_SKILL_CHARS = 32;
const MAX_BAR_LABEL_CHARS = 14;

const INK = '#1f2328';
const MUTED = '#59636e';
const BAR = '#0969da';
const MARGIN = 56;
const RIGHT_COLUMN = 500;
const BAR_X = 690;
const BAR_WIDTH = 320;
const PILL_WIDTH = 360;

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cut(value: string, max: number): string {
  const chars = [...value]; // by code point, so a cut never splits a surrogate pair
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** 2.2 stays 2.2, 21.0 is 21: the card shows what the report says, no more digits. */
function points(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

type TextOptions = { size: number; bold?: boolean; fill?: string; anchor?: 'start' | 'middle' | 'end'; spacing?: number };

function text(x: number, y: number, value: string, o: TextOptions): string {
  const attrs = [`x="${x}"`, `y="${y}"`, `font-size="${o.size}"`];
  if (o.bold) attrs.push('font-weight="700"');
  if (o.fill) attrs.push(`fill="${o.fill}"`);
  if (o.anchor && o.anchor !== 'start') attrs.push(`text-anchor="${o.anchor}"`);
  if (o.spacing) attrs.push(`letter-spacing="${o.spacing}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(value)}</text>`;
}

const heading = (y: number, value: string) => text(RIGHT_COLUMN, y, value.toUpperCase(), { size: 20, fill: MUTED, spacing: 1 });

function barRow(y: number, label: string, earned: number, possible: number): string {
  const fraction = possible > 0 ? Math.min(Math.max(earned / possible, 0), 1) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  return [
    text(RIGHT_COLUMN, y, cut(label, MAX_BAR_LABEL_CHARS), { size: 24 }),
    `<rect x="${BAR_X}" y="${y - 15}" width="${BAR_WIDTH}" height="14" rx="7" fill="${GAUGE.track}"/>`,
    filled > 0 ? `<rect x="${BAR_X}" y="${y - 15}" width="${filled}" height="14" rx="7" fill="${BAR}"/>` : '',
    text(BAR_X + BAR_WIDTH + 18, y, `${points(earned)}/${points(possible)}`, { size: 24, fill: MUTED }),
  ].join('');
}

function gauge(report: Report): string {
  const band = BANDS[report.band];
  const ring = (fraction: number, stroke: string) => `<path d="${arcPath(fraction)}" stroke="${stroke}" stroke-width="${GAUGE.stroke}" fill="none"/>`;
  const pillTop = GAUGE.cy + 82;
  return [
    ring(1, GAUGE.track),
    report.score > 0 ? ring(report.score / 100, band.hex) : '',
    // Three digits (100) at the two-digit size would touch the ring.
    `<text x="${GAUGE.cx}" y="${GAUGE.cy - 12}" text-anchor="middle"><tspan font-size="${report.score >= 100 ? 86 : 104}" font-weight="700">${report.score}</tspan><tspan font-size="30" fill="${MUTED}">/100</tspan></text>`,
    text(GAUGE.cx, GAUGE.cy + 58, 'Match score', { size: 24, fill: MUTED, anchor: 'middle' }),
    `<rect x="${GAUGE.cx - PILL_WIDTH / 2}" y="${pillTop}" width="${PILL_WIDTH}" height="50" rx="25" fill="${band.hex}"/>`,
    text(GAUGE.cx, pillTop + 35, `${band.label} (${band.range})`, { size: 27, bold: true, fill: '#ffffff', anchor: 'middle' }),
  ].join('');
}

function missing(report: Report, top: number): string {
  const skills = report.skills.missing.slice(0, CARD_MISSING_SKILLS);
  const rows = skills.length === 0
    ? [text(RIGHT_COLUMN, top + 40, 'None: the resume shows every skill the target asks for.', { size: 24, fill: MUTED })]
    : skills.map((m, i) => text(RIGHT_COLUMN, top + 40 + i * 38, `${i + 1}. ${cut(m.name, MAX_SKILL_CHARS)}`, { size: 26, bold: true })
      + text(CARD_WIDTH - MARGIN, top + 40 + i * 38, `+${points(m.cost)} pts`, { size: 22, fill: MUTED, anchor: 'end' }));
  return heading(top, 'Top missing skills') + rows.join('');
}

/** The whole card for one report, as an SVG document. */
export function cardSvg(report: Report): string {
  const rows = report.breakdown.slice(0, CARD_BREAKDOWN_ROWS);
  const breakdownTop = 244;
  const missingTop = breakdownTop + 38 * rows.length + 52;
  const body = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    text(MARGIN, 70, 'ATS SCORECARD', { size: 20, fill: MUTED, spacing: 1 }),
    text(MARGIN, 120, cut(targetLabel(report), MAX_TARGET_CHARS), { size: 40, bold: true }),
    gauge(report),
    barRow(190, 'ATS readiness', report.readiness, 100),
    heading(breakdownTop, 'Match breakdown'),
    ...rows.map((b, i) => barRow(breakdownTop + 38 * (i + 1), b.label, b.earned, b.possible)),
    missing(report, missingTop),
    text(MARGIN, CARD_HEIGHT - 26, `Scoring ${report.version}`, { size: 18, fill: MUTED }),
    text(CARD_WIDTH - MARGIN, CARD_HEIGHT - 26, 'ATS Bot', { size: 18, bold: true, fill: MUTED, anchor: 'end' }),
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT_FAMILY}" fill="${INK}">${body}</svg>`;
}

/** What the card says, for screen readers and captions. */
export function cardAltText(report: Report): string {
  const band = BANDS[report.band];
  return `Scorecard: match ${report.score}/100 (${band.label}), ATS readiness ${report.readiness}/100, for ${targetLabel(report)}.`;
}
