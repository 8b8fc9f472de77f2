/**
 * Report -> scorecard PNG, without a browser: the card is laid out as SVG here and rasterised by
 * resvg with the Inter font files. Fonts are unpacked once per process; each card is one resvg pass.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Report } from '../analysis/report.js';
import { FONT_FAMILY, cardFontFiles } from './fonts.js';
import { cardAltText, cardSvg } from './layout.js';

export { CARD_HEIGHT, CARD_WIDTH, cardAltText, cardSvg } from './layout.js';
export { GAUGE, gaugePixel } from './gauge.js';

export interface Scorecard {
  png: Uint8Array;
  /** The card in words (alt text, a caption). */
  alt: string;
  /** A file name for uploads. */
  name: string;
}

export const SCORECARD_FILE_NAME = 'ats-scorecard.png';

let options: ResvgRenderOptions | undefined;

function renderOptions(): ResvgRenderOptions {
  // No system fonts: the card uses only the shipped font, and scanning the system's fonts costs time.
  options ??= { fitTo: { mode: 'original' }, font: { loadSystemFonts: false, fontFiles: cardFontFiles(), defaultFontFamily: FONT_FAMILY } };
  return options;
}

export function renderScorecard(report: Report): Scorecard {
  const png = new Resvg(cardSvg(report), renderOptions()).render().asPng();
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), alt: cardAltText(report), name: SCORECARD_FILE_NAME };
}
