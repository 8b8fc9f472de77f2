/**
 * How each score band is named and coloured, in one place: the chat text, the CLI and the scorecard
 * image all read it, so a band looks and reads the same everywhere.
 */
import type { Band } from './report.js';
import { BAND_CLOSE_MIN, BAND_STRONG_MIN } from './constants.js';

export interface BandStyle {
  /** The band's name as people read it. */
  label: string;
  /** The score range, from the thresholds in constants.ts. */
  range: string;
  /** The scorecard's colour (sRGB hex), dark enough for white text on it. */
  hex: `#${string}`;
  /** The terminal colour (a picocolors name) for the CLI and the console. */
  terminal: 'green' | 'yellow' | 'red';
}

export const BANDS = {
  strong: { label: 'strong', range: `${BAND_STRONG_MIN}+`, hex: '#1a7f37', terminal: 'green' },
  close: { label: 'close', range: `${BAND_CLOSE_MIN}-${BAND_STRONG_MIN - 1}`, hex: '#b35900', terminal: 'yellow' },
  'needs-work': { label: 'needs work', range: `under ${BAND_CLOSE_MIN}`, hex: '#cf222e', terminal: 'red' },
} as const satisfies Record<Band, BandStyle>;

/** "close (53-79)": the band with its range, as the chat replies show it. */
export function bandWithRange(band: Band): string {
  return `${BANDS[band].label} (${BANDS[band].range})`;
}
