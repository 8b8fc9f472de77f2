/**
 * Reading order for one PDF page, rebuilt from pdf.js text items and their positions.
 *
 * pdf.js returns items in content-stream order with an `hasEOL` flag that producers set
 * inconsistently (Chromium/Skia splits words into one-glyph items across fonts; LaTeX sets EOL in
 * the middle of a line before a right-aligned date). So lines are rebuilt from geometry:
 * 1. items are grouped into lines by baseline y (tolerance: a fraction of the font size);
 * 2. a line's items are sorted by x and joined, inserting a space where the gap between two items
 *    is wider than ~0.15 em (or where pdf.js gave a whitespace item), and " | " where it is wider
 *    than 1.5 em (a right-aligned date after a job title, skill "chips", grid cells), so that
 *    separate fields do not run together into one phrase;
 * 3. two-column detection (see `detectGutter`) splits lines inside the column band, and the page is
 *    read: lines above the band, left column top to bottom, right column top to bottom, lines below.
 *    A narrow column of dates or row labels beside their entries (Europass, moderncv) is not a column:
 *    those pages are read row by row, "Jan 2020 – Present | Senior Engineer".
 */

/** The parts of a pdf.js TextItem we use. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f are the baseline origin in PDF user space (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Glyphs {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  blank: boolean;
}

interface Line {
  y: number;
  size: number;
  items: Glyphs[];
}

/** Contiguous text on one line: items closer than CHUNK_GAP_EM apart. */
interface Chunk {
  x0: number;
  x1: number;
  chars: number;
  /** The chunk's text (items joined with spaces), for the date-margin test. */
  text: string;
}

export interface PageLayout {
  /** Lines in reading order. */
  lines: string[];
  /** 2 when a two-column band was found on this page, else 1. */
  columns: number;
  /** The gutter's x (PDF units), when columns === 2; for debugging and tests. */
  gutterX?: number;
}

/** A gap wider than this (in em) separates chunks for column detection; word spaces are ~0.25–0.5 em. */
const CHUNK_GAP_EM = 1.2;
/** A gap wider than this (in em) between two items on a line separates fields: joined with " | ". */
const FIELD_GAP_EM = 1.5;
/** Insert a space when the gap between two items exceeds this (in em). */
const SPACE_GAP_EM = 0.15;

function toGlyphs(items: readonly PdfTextItem[]): Glyphs[] {
  const out: Glyphs[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
    // Rotated or vertical text (side labels, watermarks) has no sensible place in a reading order
    // built from horizontal lines; ATS parsers generally skip it too.
    if (Math.abs(b) > Math.abs(a) * 0.2 || Math.abs(c) > Math.abs(d) * 0.2) continue;
    const size = Math.hypot(c, d) || it.height || 10;
    const width = Number.isFinite(it.width) ? Math.max(0, it.width) : 0;
    out.push({ str: it.str, x0: e, x1: e + width, y: f, size, blank: it.str.trim().length === 0 });
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const v = [...values].sort((p, q) => p - q);
  return v[Math.floor(v.length / 2)]!;
}

/**
 * Group items into lines by baseline. Two passes: full-size text first, then small raised/lowered
 * glyphs (superscripts, the "A" of a LaTeX logo, footnote marks) join the nearest line that has text
 * right next to them — otherwise, in a two-column page, a superscript on the left could be captured
 * by a right-column line whose baseline happens to be closer.
 */
function groupLines(glyphs: Glyphs[]): Line[] {
  const bodySize = median(glyphs.filter((g) => !g.blank).map((g) => g.size)) || 10;
  const small = (g: Glyphs) => !g.blank && g.size < 0.8 * bodySize;
  const lines = byBaseline(glyphs.filter((g) => !small(g)), bodySize);
  const alone: Glyphs[] = [];
  for (const g of glyphs.filter(small)) {
    let target: Line | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const line of lines) {
      // Raised marks sit up to ~0.6 em above the line's baseline; lowered ones (subscripts) a little
      // below it. Small text further below is a line of its own: the contact line under a large name.
      const below = line.y - g.y;
      if (below > 0.35 * line.size || -below > 0.6 * line.size) continue;
      for (const it of line.items) {
        if (it.blank) continue;
        const dx = Math.max(0, it.x0 - g.x1, g.x0 - it.x1);
        if (dx <= line.size && dx < bestDistance) {
          bestDistance = dx;
          target = line;
        }
      }
    }
    if (target) target.items.push(g);
    else alone.push(g);
  }
  // Small text that belongs to no line is a line of its own, however many items it is drawn in.
  lines.push(...byBaseline(alone, bodySize));
  lines.sort((p, q) => q.y - p.y);
  for (const l of lines) l.items.sort((p, q) => p.x0 - q.x0);
  return lines;
}

/** Items on one baseline (within ~0.35 em of the line's first baseline) are a line. */
function byBaseline(glyphs: Glyphs[], bodySize: number): Line[] {
  const sorted = [...glyphs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const lines: Line[] = [];
  for (const g of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - g.y) <= Math.max(1.5, 0.35 * Math.min(last.size, g.size))) {
      last.items.push(g);
      if (!g.blank) last.size = Math.max(last.size, g.size);
    } else {
      lines.push({ y: g.y, size: g.blank ? Math.min(g.size, bodySize) : g.size, items: [g] });
    }
  }
  return lines;
}

/**
 * Letter-spaced text ("J O R D A N   B A K E R"): is the space about to go between `out` and `next`
 * a break between words rather than between letters? Then lineText writes two spaces, and
 * normalizeText joins the letters of each word and keeps the words apart ("JORDAN BAKER").
 * - pdf.js already puts the letter spaces into each item's string when a word is drawn with
 *   character spacing ("J O R D A N", " ", "B A K E R"): any space between two such items is a word break;
 * - drawn glyph by glyph ("J", "O", …), a gap clearly wider (× 1.6) than the letter gap is a word break.
 */
function letterSpacedWordBreak(out: string, prev: string, next: string, gap: number, letterGap: number): boolean {
  if (prev.length === 1 && next.length === 1) return /^\p{L}\p{L}$/u.test(prev + next) && gap > 1.6 * letterGap;
  return /(?:^| )\p{L} \p{L}$/u.test(out) && /^\p{L}(?: \p{L}|$)/u.test(next);
}

/** Join a line's items (already sorted by x) into text. */
function lineText(items: readonly Glyphs[]): string {
  let out = '';
  let prevEnd: number | null = null;
  let prevStr = '';
  let prevX0 = Number.NEGATIVE_INFINITY;
  let pendingSpace = false;
  // Smallest gap seen between two one-letter items (letter-spaced text drawn glyph by glyph).
  let letterGap = Number.POSITIVE_INFINITY;
  for (const g of items) {
    if (g.blank) {
      if (prevEnd !== null) pendingSpace = true;
      continue;
    }
    // Fake bold: the same string drawn twice a fraction of a point apart.
    if (g.str === prevStr && Math.abs(g.x0 - prevX0) < 0.3 * g.size) continue;
    if (prevEnd !== null) {
      const gap = g.x0 - prevEnd;
      if (gap > FIELD_GAP_EM * g.size && gap > 6) {
        // A wide gap separates fields (title … dates, skill chips, table cells): keep them apart.
        out = `${out.trimEnd()} | `;
      } else if ((pendingSpace || gap > SPACE_GAP_EM * g.size) && !out.endsWith(' ') && !g.str.startsWith(' ')) {
        out += letterSpacedWordBreak(out, prevStr, g.str, gap, letterGap) ? '  ' : ' ';
        if (prevStr.length === 1 && g.str.length === 1) letterGap = Math.min(letterGap, gap);
      }
    }
    out += g.str;
    prevEnd = Math.max(prevEnd ?? g.x1, g.x1);
    prevStr = g.str;
    prevX0 = g.x0;
    pendingSpace = false;
  }
  return out.trim();
}

function chunksOf(line: Line): Chunk[] {
  const chunks: Chunk[] = [];
  for (const g of line.items) {
    if (g.blank) continue;
    const chars = g.str.replace(/\s+/g, '').length;
    const last = chunks[chunks.length - 1];
    if (last && g.x0 - last.x1 <= CHUNK_GAP_EM * Math.max(line.size, g.size)) {
      last.x1 = Math.max(last.x1, g.x1);
      last.chars += chars;
      last.text += ` ${g.str}`;
    } else {
      chunks.push({ x0: g.x0, x1: Math.max(g.x1, g.x0), chars, text: g.str });
    }
  }
  return chunks;
}

interface Gutter {
  x: number;
  /** Index range [start, end) into the lines (top to bottom) that the two columns occupy. */
  start: number;
  end: number;
}

/**
 * Find a vertical gutter: an x that (almost) no line's text crosses, over a band of consecutive
 * lines that holds most of the page's text, with substantial text on both sides.
 *
 * Decided per candidate x (every 2 pt across the middle 70 % of the text's width):
 * - the band is the longest run of consecutive lines where no chunk crosses x (a line that crosses
 *   ends the run: a full-width header above the columns is fine, a full-width bullet in the middle
 *   is not — which is what keeps a single-column resume with right-aligned dates single: its
 *   bullets cross every candidate x, so no long run exists);
 * - the band must hold ≥ 55 % of the page's characters and ≥ 12 lines;
 * - each side must hold ≥ 12 % of the band's characters, ≥ 5 lines, and average ≥ 8 characters per
 *   line (real text, not a column of dates or icons);
 * - the narrower side must not be a margin of row labels: dates or short labels, each beside its
 *   entry, as in Europass and moderncv (see `isLabelMargin`): such a page is read row by row;
 * Among the x that pass, the one whose band holds most characters wins; ties go to the middle of
 * the widest clear x-range.
 */
function detectGutter(lines: readonly Line[], chunked: readonly Chunk[][]): Gutter | null {
  const all = chunked.flat();
  if (lines.length < 12 || all.length === 0) return null;
  const totalChars = all.reduce((n, c) => n + c.chars, 0);
  const minX = Math.min(...all.map((c) => c.x0));
  const maxX = Math.max(...all.map((c) => c.x1));
  const width = maxX - minX;
  if (width <= 0) return null;

  // The gutter is tried every 2 pt across the page, against every line: each line's chunks as the
  // union of the open spans they cover, read left to right once as x grows (a cursor per line),
  // and each line's characters summed once.
  const lineChars = chunked.map((cs) => cs.reduce((n, c) => n + c.chars, 0));
  const spans = chunked.map(coveredSpans);
  const cursor = new Array<number>(lines.length).fill(0);
  const passing: Array<{ x: number; start: number; end: number; chars: number }> = [];
  for (let x = minX + 0.15 * width; x <= minX + 0.85 * width; x += 2) {
    // Longest run (by characters) of consecutive lines, top to bottom, with no chunk crossing x.
    let bestRun: { start: number; end: number; chars: number } | null = null;
    let start = 0;
    let chars = 0;
    for (let i = 0; i <= lines.length; i++) {
      let crosses = i === lines.length;
      if (!crosses) {
        const line = spans[i]!;
        let k = cursor[i]!;
        while (k < line.length && line[k]![1] <= x) k++;
        cursor[i] = k;
        crosses = k < line.length && line[k]![0] < x;
      }
      if (crosses) {
        if (i > start && (!bestRun || chars > bestRun.chars)) bestRun = { start, end: i, chars };
        start = i + 1;
        chars = 0;
      } else {
        chars += lineChars[i]!;
      }
    }
    if (bestRun && acceptBand(bestRun, x, chunked, totalChars)) passing.push({ x, ...bestRun });
  }
  if (passing.length === 0) return null;
  const top = Math.max(...passing.map((p) => p.chars));
  // The widest contiguous x-range (2 pt steps) among candidates with the best band; take its centre.
  let bestRange: { from: number; to: number } | null = null;
  let cur: { from: number; to: number } | null = null;
  let band: { start: number; end: number } | null = null;
  for (const p of passing) {
    if (p.chars !== top) {
      cur = null;
      continue;
    }
    band ??= { start: p.start, end: p.end };
    if (cur && p.x - cur.to <= 2.01) cur.to = p.x;
    else cur = { from: p.x, to: p.x };
    if (!bestRange || cur.to - cur.from > bestRange.to - bestRange.from) bestRange = { ...cur };
  }
  if (!bestRange || !band) return null;
  return { x: (bestRange.from + bestRange.to) / 2, start: band.start, end: band.end };
}

/**
 * A line's chunks as the open spans (x0, x1) they cover, merged and left to right: a point is inside
 * one of them exactly when some chunk has x0 < point < x1 (spans that only touch stay apart).
 */
function coveredSpans(chunks: readonly Chunk[]): Array<[number, number]> {
  const sorted = chunks.filter((c) => c.x1 > c.x0).map((c) => [c.x0, c.x1] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

function acceptBand(
  band: { start: number; end: number; chars: number },
  x: number,
  chunked: readonly Chunk[][],
  totalChars: number,
): boolean {
  if (band.end - band.start < 12) return false;
  if (band.chars < 0.55 * totalChars) return false;
  let leftChars = 0;
  let rightChars = 0;
  let leftLines = 0;
  let rightLines = 0;
  for (let i = band.start; i < band.end; i++) {
    let l = 0;
    let r = 0;
    for (const c of chunked[i]!) {
      if (c.x1 <= x) l += c.chars;
      else r += c.chars;
    }
    leftChars += l;
    rightChars += r;
    if (l > 0) leftLines++;
    if (r > 0) rightLines++;
  }
  if (leftLines < 5 || rightLines < 5) return false;
  if (leftChars < 0.12 * band.chars || rightChars < 0.12 * band.chars) return false;
  if (leftChars / leftLines < 8 || rightChars / rightLines < 8) return false;
  return !isLabelMargin(band, x, chunked);
}

// Date vocabulary for the date-margin test: month names and "until now" words (English, German,
// French, Spanish, Dutch, Italian), years, numeric dates (03/2019, 03.2019, 1.3.2019), separators.
const DATE_WORDS =
  /\b(?:jan(?:uary|uar)?|j[aä]n(?:ner)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch)?|m[aä]r(?:z|s)?|apr(?:il)?|avr(?:il)?|may|mai|mei|june?|juni?|juin|july?|juli|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?|present|current(?:ly)?|now|today|ongoing|since|from|to|until|till|seit|heute|bis|von|aktuell|dato|laufend|depuis|pr[ée]sent|actuel|aujourd'hui|desde|hasta|actualidad|presente|heden|huidig|oggi|summer|winter|spring|fall|autumn|q[1-4]|h[12])\b\.?/giu;
const YEAR_OR_NUMERIC_DATE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[./]\d{2,4}\b/;

/**
 * A date or a short date-like label ("Jan 2020 – Present", "2016 – 2019", "03/2019 – 06/2021",
 * "seit 04/2021", "Summer 2018"): a year or numeric date, and at most 12 other letters.
 */
export function isDateLike(text: string): boolean {
  if (!YEAR_OR_NUMERIC_DATE.test(text)) return false;
  const rest = text.replace(DATE_WORDS, ' ').replace(/[^\p{L}]+/gu, '');
  return rest.length <= 12;
}

/**
 * isDateLike, remembered: the gutter search asks it of the same line sides at every candidate x.
 * Kept for one page (layoutPage clears it after the search).
 */
const dateLikeSides = new Map<string, boolean>();
function dateLikeSide(text: string): boolean {
  let known = dateLikeSides.get(text);
  if (known === undefined) dateLikeSides.set(text, known = isDateLike(text));
  return known;
}

/**
 * Is the narrower side of this band a margin of row labels rather than a column of its own?
 * Europass, German tabular CVs (Lebenslauf) and moderncv put dates ("Jan 2020 – Present",
 * "03/2019 – 06/2021") or short labels ("Languages", "Occupation or position held") in a narrow
 * column, each on the baseline of the entry it belongs to on the other side. Read as two columns,
 * all the dates would come before all the roles and no date could be paired with its role again;
 * such a page is read row by row instead (the label, " | ", the text on the same baseline).
 *
 * The side with fewer characters is a label margin when, over its lines in the band:
 * - ≥ 50 % are dates or short date-like labels (see `isDateLike`); or
 * - it is a table-like row layout, not a second flow of text: ≥ 80 % of its lines share their
 *   baseline with text on the other side, it has ≤ 75 % as many lines as the other side (entries
 *   have bullets or wrapped lines with no label beside them), and its lines are short (≤ 30
 *   characters on average), spread over ≥ 80 % of the band's height (a label beside every entry,
 *   top to bottom). Two independent columns (main + sidebar) that happen to share a line grid have
 *   about as many lines on each side, or longer lines, or a sidebar that is one block (a skills
 *   list beside the first entries), and are still split.
 */
function isLabelMargin(band: { start: number; end: number }, x: number, chunked: readonly Chunk[][]): boolean {
  const sides: Array<{ lines: number; chars: number; dates: number; aligned: number; first: number; last: number }> = [
    { lines: 0, chars: 0, dates: 0, aligned: 0, first: -1, last: -1 },
    { lines: 0, chars: 0, dates: 0, aligned: 0, first: -1, last: -1 },
  ];
  for (let i = band.start; i < band.end; i++) {
    const parts = [chunked[i]!.filter((c) => c.x1 <= x), chunked[i]!.filter((c) => c.x1 > x)];
    parts.forEach((cs, s) => {
      const chars = cs.reduce((n, c) => n + c.chars, 0);
      if (chars === 0) return;
      const side = sides[s]!;
      side.lines++;
      side.chars += chars;
      if (side.first < 0) side.first = i;
      side.last = i;
      if (dateLikeSide(cs.map((c) => c.text).join(' '))) side.dates++;
      if (parts[1 - s]!.some((c) => c.chars > 0)) side.aligned++;
    });
  }
  const [left, right] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const [narrow, wide] = left.chars <= right.chars ? [left, right] : [right, left];
  if (narrow.lines === 0) return false;
  if (narrow.dates >= 0.5 * narrow.lines) return true;
  return narrow.aligned >= 0.8 * narrow.lines
    && narrow.lines <= 0.75 * wide.lines
    && narrow.chars / narrow.lines <= 30
    && narrow.last - narrow.first + 1 >= 0.8 * (band.end - band.start);
}

/**
 * The name first. Templates such as moderncv put the name (large, left) beside a block of contact
 * lines (small, right-aligned) that starts higher on the page, so a strict top-to-bottom order
 * begins with an address. On the first page, when the largest line among the header lines (above
 * the column band, or the first 8) is clearly larger than body text (≥ 1.4×), it is read first —
 * as a person reading the page would. Its chunk row stays intact.
 */
function promoteName(lines: Line[], chunked: Chunk[][], headerEnd: number): void {
  if (headerEnd <= 1) return;
  const body = median(lines.map((l) => l.size));
  let best = 0;
  for (let i = 1; i < headerEnd; i++) if (lines[i]!.size > lines[best]!.size) best = i;
  if (best === 0 || lines[best]!.size < 1.4 * body) return;
  const [line] = lines.splice(best, 1);
  const [chunks] = chunked.splice(best, 1);
  lines.unshift(line!);
  chunked.unshift(chunks!);
}

/** Lines of one page in reading order, columns read one after another. */
export function layoutPage(items: readonly PdfTextItem[], options: { firstPage?: boolean } = {}): PageLayout {
  const lines = groupLines(toGlyphs(items)).filter((l) => l.items.some((g) => !g.blank));
  const chunked = lines.map(chunksOf);
  const gutter = detectGutter(lines, chunked);
  dateLikeSides.clear(); // isDateLike is pure: the page's answers are dropped only to free them
  if (options.firstPage) promoteName(lines, chunked, gutter ? gutter.start : Math.min(lines.length, 8));
  if (!gutter) return { lines: lines.map((l) => lineText(l.items)).filter(Boolean), columns: 1 };

  const out: string[] = [];
  const push = (items: Glyphs[]) => {
    const t = lineText(items);
    if (t) out.push(t);
  };
  for (let i = 0; i < gutter.start; i++) push(lines[i]!.items);
  const left: Glyphs[][] = [];
  const right: Glyphs[][] = [];
  for (let i = gutter.start; i < gutter.end; i++) {
    const items = lines[i]!.items;
    // An item belongs to the side where its middle is (no chunk crosses the gutter in the band).
    left.push(items.filter((g) => (g.x0 + g.x1) / 2 < gutter.x));
    right.push(items.filter((g) => (g.x0 + g.x1) / 2 >= gutter.x));
  }
  for (const l of left) push(l);
  out.push('');
  for (const r of right) push(r);
  for (let i = gutter.end; i < lines.length; i++) push(lines[i]!.items);
  return { lines: out, columns: 2, gutterX: gutter.x };
}
