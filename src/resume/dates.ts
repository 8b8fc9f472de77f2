/** Date ranges on resumes, as month indexes (year * 12 + month), so roles can be merged and summed. */

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = "(?:19[5-9]\\d|20\\d{2}|'\\d{2})";
const MONTH_POINT = `${MONTH}\\.?\\s*,?\\s*${YEAR}`;
const NUMERIC_POINT = `(?:(?:0?[1-9]|1[0-2])\\s*[/.]\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}\\s*[/.-]\\s*(?:0[1-9]|1[0-2])(?!\\d))`;
const POINT = `(?:${MONTH_POINT}|${NUMERIC_POINT}|(?:19[5-9]\\d|20\\d{2}))`;
const OPEN_END = '(?:present|current(?:ly)?|now|today|ongoing|till date|to date|date)';
const SEPARATOR = '\\s*(?:-|–|—|to|until|till|through|~|→|»)\\s*';
/** Two month-year points with no separator survive when a PDF drops its dash ("Sep. 2023 Mar. 2024"). */
const RANGE_RE = new RegExp(`(${POINT})(?:${SEPARATOR}|\\s+(?=${MONTH}|${OPEN_END}))(${POINT}|${OPEN_END})`, 'gi');
const SPELLED_RE = new RegExp(`(${MONTH_POINT})${SEPARATOR}?\\s*(${MONTH_POINT}|${OPEN_END})`, 'gi');

export interface DateRange { start: number; end: number; present: boolean; text: string; index: number }

function parseYear(y: string): number {
  if (y.startsWith("'")) {
    const two = Number(y.slice(1));
    return two > 50 ? 1900 + two : 2000 + two;
  }
  return Number(y);
}

/** A point as [month index, precise?]. Year-only points are not precise. */
function parsePoint(raw: string): { month: number; precise: boolean } | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const named = s.match(new RegExp(`^(${MONTH})\\.?\\s*,?\\s*(${YEAR})$`, 'i'));
  if (named) {
    const m = MONTHS[named[1]!.slice(0, named[1]!.startsWith('sept') ? 4 : 3)] ?? MONTHS[named[1]!.slice(0, 3)];
    if (m === undefined) return null;
    return { month: parseYear(named[2]!) * 12 + m, precise: true };
  }
  const mY = s.match(/^(\d{1,2})\s*[/.]\s*(\d{4})$/);
  if (mY) return { month: Number(mY[2]) * 12 + Number(mY[1]) - 1, precise: true };
  const yM = s.match(/^(\d{4})\s*[/.-]\s*(\d{2})$/);
  if (yM) return { month: Number(yM[1]) * 12 + Number(yM[2]) - 1, precise: true };
  const y = s.match(/^(\d{4})$/);
  if (y) return { month: Number(y[1]) * 12, precise: false };
  return null;
}

/** Every date range in a line. `now` is a month index (for "Present"). */
export function findDateRanges(line: string, now: number): DateRange[] {
  const out: DateRange[] = [];
  const seen = new Set<number>();
  for (const re of [RANGE_RE, SPELLED_RE]) {
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) {
      if (seen.has(m.index ?? -1)) continue;
      const start = parsePoint(m[1]!);
      if (!start) continue;
      const endRaw = m[2]!;
      const present = new RegExp(`^${OPEN_END}$`, 'i').test(endRaw.trim());
      let end: number;
      if (present) end = now;
      else {
        const p = parsePoint(endRaw);
        if (!p) continue;
        // A year-only end counts as January: "2016 - 2019" is about three years, not four.
        end = p.month;
      }
      if (end < start.month || end - start.month > 50 * 12 || start.month > now + 12) continue;
      seen.add(m.index ?? -1);
      out.push({ start: start.month, end: Math.min(end, now), present, text: m[0], index: m.index ?? 0 });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Total months covered by ranges, overlaps merged; a precise range counts its last month too. */
export function mergedMonths(ranges: { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const r of sorted) {
    const end = r.end + 1;
    if (r.start > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = r.start;
      curEnd = end;
    } else curEnd = Math.max(curEnd, end);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

export function monthIndexOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const OPEN_START_RE = new RegExp(`(${POINT})\\s*(?:-|–|—|to)\\s*$|(${POINT})\\s*(?:-|–|—)\\s+(?!${POINT}|${OPEN_END})`, 'i');
const LEADING_END_RE = new RegExp(`^\\s*(${POINT}|${OPEN_END})\\b`, 'i');

/**
 * A range whose end wrapped onto the next line (a narrow date column: "June 2022 –" then "Present ...").
 * Returns the range text rebuilt from both lines, or null.
 */
export function wrappedRange(line: string, next: string | undefined): string | null {
  if (!next) return null;
  const open = line.match(OPEN_START_RE);
  const end = next.match(LEADING_END_RE);
  if (!open || !end) return null;
  return `${open[1] ?? open[2]} – ${end[1]}`;
}
