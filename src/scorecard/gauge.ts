/**
 * The match-score gauge: a half ring filled from its left end in the band's colour, as far round as
 * the score. Its geometry is exported so tests can sample the card's pixels on the ring.
 */

export const GAUGE = {
  /** Ring centre on the card (px from the top-left corner), radius of the stroke's middle line, stroke width. */
  cx: 246,
  cy: 340,
  radius: 160,
  stroke: 30,
  track: '#e6e9ee',
} as const;

function pointAt(fraction: number): { x: number; y: number } {
  // fraction 0 is the left end (180 degrees), 1 the right end (0 degrees), over the top.
  const angle = Math.PI * (1 - fraction);
  return { x: GAUGE.cx + GAUGE.radius * Math.cos(angle), y: GAUGE.cy - GAUGE.radius * Math.sin(angle) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The SVG arc along the ring from its left end to `fraction` of the way round (0..1). */
export function arcPath(fraction: number): string {
  const start = pointAt(0);
  const end = pointAt(Math.min(Math.max(fraction, 0), 1));
  // At most half a turn, so the small-arc flag is always right; sweep 1 runs clockwise on screen (over the top).
  return `M ${round(start.x)} ${round(start.y)} A ${GAUGE.radius} ${GAUGE.radius} 0 0 1 ${round(end.x)} ${round(end.y)}`;
}

/** The card pixel in the middle of the ring's stroke, `fraction` of the way round. */
export function gaugePixel(fraction: number): { x: number; y: number } {
  const p = pointAt(fraction);
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
