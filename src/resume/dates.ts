/** Date ranges on resumes, as month indexes (year * 12 + month), so roles can be merged and summed. */
import { collapseWhitespace } from '../text/whitespace.js';

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
/** Academic seasons as [first month, last month]: "Summer 2021" is a June-August internship. */
const SEASONS: Record<string, [number, number]> = {
  spring: [2, 4], summer: [5, 7], fall: [8, 10], autumn: [8, 10], winter: [0, 1],
};
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const YEAR = "(?:19[5-9]\\d|20\\d{2}|'\\d{2})";
const MONTH_POINT = `${MONTH}\\.?\\s*,?\\s*${YEAR}`;
const SEASON_POINT = `${SEASON}\\s*,?\\s*${YEAR}`;
/** A month glued to a two-digit year, as some resumes write their ranges ("Nov18 - now"). */
const GLUED_MONTH_POINT = `${MONTH}\\d{2}(?!\\d)`;
const QUARTER_POINT = `q[1-4]\\s*${YEAR}`;
/**
 * Full dates. With slashes they are read the US way (MM/DD/YYYY), with dots the European way
 * (DD.MM.YYYY), unless the first number cannot be a month; ISO (YYYY-MM-DD) as written.
 */
const DAY_POINT = '(?:\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})(?!\\d)';
const NUMERIC_POINT = `(?:(?:0?[1-9]|1[0-2])\\s*[/.]\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}\\s*[/.-]\\s*(?:0[1-9]|1[0-2])(?![\\d/.-]))`;
const POINT = `(?:${DAY_POINT}|${MONTH_POINT}|${GLUED_MONTH_POINT}|${SEASON_POINT}|${QUARTER_POINT}|${NUMERIC_POINT}|(?:19[5-9]\\d|20\\d{2}))`;
const OPEN_END = "(?:present(?: day)?|current(?:ly)?|now|today|ongoing|(?:till|until|up to|to) (?:date|now|present)|date|heute|aktuell|actualidad|presente|atual|en cours|aujourd'hui)";
const OPEN_END_RE = new RegExp(`^${OPEN_END}$`, 'i');
const SEP = '(?:-|–|—|to|until|till|through|thru|~|→|»)';
const SEPARATOR = `\\s*${SEP}\\s*`;
/** Two month-year points with no separator survive when a PDF drops its dash ("Sep. 2023 Mar. 2024"). */
const RANGE_RE = new RegExp(`(${POINT})(?:${SEPARATOR}|\\s+(?=${MONTH}|${OPEN_END}))(${POINT}|${OPEN_END})(?![\\d/.]*\\d)`, 'gi');
const SPELLED_RE = new RegExp(`(${MONTH_POINT})${SEPARATOR}?\\s*(${MONTH_POINT}|${OPEN_END})`, 'gi');
/** Two months of one year: "Jan – Mar 2020", "June-August 2021". */
const SAME_YEAR_RE = new RegExp(`\\b(${MONTH})\\.?${SEPARATOR}(${MONTH})\\.?\\s*,?\\s*(${YEAR})\\b`, 'gi');
/** Two-digit months and years: "04/19 - 06/21". Only as a range: alone, "3/19" could be anything. */
const SHORT_NUMERIC_RE = new RegExp(`(?<![\\d/.])((?:0?[1-9]|1[0-2])/\\d{2})${SEPARATOR}((?:0?[1-9]|1[0-2])/\\d{2}|${OPEN_END})(?![\\d/])`, 'gi');
/** A year range with a two-digit end: "2012–16", "2019/20". */
const SHORT_END_RE = /(?<![\d/.])((?:19|20)\d{2})\s*[-–/]\s*(\d{2})(?![\d/.])/g;
/** A lone season is a range by itself ("Software Engineering Intern, Summer 2023"). */
const LONE_SEASON_RE = new RegExp(`\\b(${SEASON_POINT})\\b`, 'gi');
/** "Since 2021", "(since March 2020)": an open range, read on header-like lines only. */
const SINCE_RE = new RegExp(`(?:^|[(|,;:–—·•-]\\s*|\\b)since\\s+(${MONTH_POINT}|${SEASON_POINT}|${NUMERIC_POINT}|(?:19[5-9]\\d|20\\d{2}))\\b`, 'gi');
/** A "since" on a line longer than this is part of a sentence ("reduced costs since 2019 by ..."). */
const MAX_SINCE_LINE_WORDS = 12;

export interface DateRange { start: number; end: number; present: boolean; text: string; index: number }

function parseYear(y: string): number {
  if (y.startsWith("'")) {
    const two = Number(y.slice(1));
    return two > 50 ? 1900 + two : 2000 + two;
  }
  return Number(y);
}

interface Point { month: number; last: number; precise: boolean }

/** A point as its first and last month. Year-only points are not precise. */
function parsePoint(raw: string): Point | null {
  const s = collapseWhitespace(raw.toLowerCase()).trim();
  // "Nov 2018", "Nov. '18", and glued ("Nov18"): a two-digit year glued on reads as "'18".
  const named = s.match(new RegExp(`^(${MONTH})(?:\\.?\\s*,?\\s*(${YEAR})|(\\d{2}))$`, 'i'));
  if (named) {
    const m = MONTHS[named[1]!.slice(0, 3)];
    if (m === undefined) return null;
    const month = parseYear(named[2] ?? `'${named[3]}`) * 12 + m;
    return { month, last: month, precise: true };
  }
  const season = s.match(new RegExp(`^(${SEASON})\\s*,?\\s*(${YEAR})$`, 'i'));
  if (season) {
    const [a, b] = SEASONS[season[1]!]!;
    const y = parseYear(season[2]!) * 12;
    return { month: y + a, last: y + b, precise: true };
  }
  const quarter = s.match(new RegExp(`^q([1-4])\\s*(${YEAR})$`, 'i'));
  if (quarter) {
    const first = parseYear(quarter[2]!) * 12 + (Number(quarter[1]) - 1) * 3;
    return { month: first, last: first + 2, precise: true };
  }
  const day = s.match(/^(\d{1,2}) ?([/.]) ?(\d{1,2}) ?[/.] ?(\d{4})$/);
  if (day) {
    const a = Number(day[1]);
    const b = Number(day[3]);
    // Slashes: MM/DD/YYYY unless the first number is a day; dots: DD.MM.YYYY unless the second is.
    let month = day[2] === '/' ? (a <= 12 ? a : b) : (b <= 12 ? b : a);
    if (month < 1 || month > 12) return null;
    month = Number(day[4]) * 12 + month - 1;
    return { month, last: month, precise: true };
  }
  const iso = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) {
    if (Number(iso[2]) < 1 || Number(iso[2]) > 12) return null;
    const month = Number(iso[1]) * 12 + Number(iso[2]) - 1;
    return { month, last: month, precise: true };
  }
  const mY = s.match(/^(\d{1,2})\s*[/.]\s*(\d{4})$/);
  if (mY) {
    const month = Number(mY[2]) * 12 + Number(mY[1]) - 1;
    return { month, last: month, precise: true };
  }
  const mShort = s.match(/^(\d{1,2})\/(\d{2})$/);
  if (mShort) {
    const month = parseYear(`'${mShort[2]}`) * 12 + Number(mShort[1]) - 1;
    return { month, last: month, precise: true };
  }
  const yM = s.match(/^(\d{4})\s*[/.-]\s*(\d{2})$/);
  if (yM) {
    const month = Number(yM[1]) * 12 + Number(yM[2]) - 1;
    return { month, last: month, precise: true };
  }
  const y = s.match(/^(\d{4})$/);
  // A year-only end counts as January: "2016 - 2019" is about three years, not four.
  if (y) return { month: Number(y[1]) * 12, last: Number(y[1]) * 12, precise: false };
  return null;
}

/**
 * Every pattern above needs a year ("19xx", "20xx", "'21"), a two-digit year after a slash
 * ("04/19") or glued to a month ("Nov18"). Most lines (bullets with numbers, skills, prose) have none, and skip seven pattern scans.
 */
const YEAR_DIGITS = new RegExp(`(?:19|20)\\d\\d|['/]\\d\\d|${GLUED_MONTH_POINT}`, 'i');

/** An OPEN_END spelling anywhere in the line: a plain alternation, cheap to scan, tried before OPEN_MONTH_RE. */
const OPEN_END_WORD = new RegExp(OPEN_END, 'iu');

/** "November - Present" with no year: a role begun in the last such month, the year left out as the current one. */
const OPEN_MONTH_RE = new RegExp(`(?<![\\p{L}])(${MONTH})\\.?${SEPARATOR}(${OPEN_END})(?![\\p{L}])`, 'iu');

function openMonthRange(line: string, now: number): DateRange[] {
  // Asked of nearly every line: the open end's words first, before the pattern is tried at each position.
  if (!OPEN_END_WORD.test(line)) return [];
  const m = OPEN_MONTH_RE.exec(line);
  const month = m ? MONTHS[m[1]!.toLowerCase().slice(0, 3)] : undefined;
  // Capitalised, as a date is written: "may - present it" is a sentence.
  if (!m || month === undefined || !/^\p{Lu}/u.test(m[1]!)) return [];
  const start = now - ((((now % 12) - month) % 12) + 12) % 12;
  return [{ start, end: now, present: true, text: m[0], index: m.index }];
}

/** Every date range in a line. `now` is a month index (for "Present"). */
export function findDateRanges(line: string, now: number): DateRange[] {
  const out: DateRange[] = [];
  if (!YEAR_DIGITS.test(line)) return openMonthRange(line, now);
  const taken: Array<[number, number]> = [];
  const overlaps = (from: number, to: number) => taken.some(([a, b]) => from < b && to > a);
  const add = (start: number, endMonth: number, present: boolean, text: string, index: number): void => {
    const end = present ? now : endMonth;
    // A role that has not started yet ("Incoming Intern, Summer 2025") is no experience.
    if (end < start || end - start > 50 * 12 || start > now) return;
    if (overlaps(index, index + text.length)) return;
    taken.push([index, index + text.length]);
    out.push({ start, end: Math.min(end, now), present, text, index });
  };
  for (const re of [RANGE_RE, SPELLED_RE, SHORT_NUMERIC_RE]) {
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) {
      const start = parsePoint(m[1]!);
      if (!start) continue;
      const endRaw = m[2]!.trim();
      const present = OPEN_END_RE.test(endRaw);
      const end = present ? null : parsePoint(endRaw);
      if (!present && !end) continue;
      add(start.month, end ? end.last : now, present, m[0], m.index ?? 0);
    }
  }
  SAME_YEAR_RE.lastIndex = 0;
  for (const m of line.matchAll(SAME_YEAR_RE)) {
    const y = parseYear(m[3]!) * 12;
    const a = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    const b = MONTHS[m[2]!.toLowerCase().slice(0, 3)];
    if (a === undefined || b === undefined) continue;
    add(y + a, y + b, false, m[0], m.index ?? 0);
  }
  SHORT_END_RE.lastIndex = 0;
  for (const m of line.matchAll(SHORT_END_RE)) {
    const startYear = Number(m[1]);
    const endYear = Math.floor(startYear / 100) * 100 + Number(m[2]);
    if (endYear < startYear || endYear - startYear > 20) continue;
    add(startYear * 12, endYear * 12, false, m[0], m.index ?? 0);
  }
  LONE_SEASON_RE.lastIndex = 0;
  for (const m of line.matchAll(LONE_SEASON_RE)) {
    const p = parsePoint(m[1]!);
    if (p) add(p.month, p.last, false, m[0], m.index ?? 0);
  }
  // A bullet ("• Maintained the billing service since 2012") tells a story; a header line states a period.
  const bullet = /^\s*(?:[^\p{L}\p{N}\s(]|\d{1,2}[.)]\s)/u.test(line);
  if (!bullet && (line.split(/\s+/).length <= MAX_SINCE_LINE_WORDS || /[(|]\s*since\b/i.test(line))) {
    SINCE_RE.lastIndex = 0;
    for (const m of line.matchAll(SINCE_RE)) {
      const p = parsePoint(m[1]!);
      if (p) add(p.month, now, true, m[0], m.index ?? 0);
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
  if (!next || !YEAR_DIGITS.test(line)) return null;
  // The anchored test first: nearly every next line opens with no date, and the line needs no scan.
  const end = next.match(LEADING_END_RE);
  if (!end) return null;
  const open = line.match(OPEN_START_RE);
  if (!open) return null;
  return `${open[1] ?? open[2]} – ${end[1]}`;
}

/** The rest of a line whose first words end a range wrapped from the line before ("Present Developing ..."). */
export function withoutWrappedEnd(previous: string | undefined, line: string): string {
  if (!wrappedRange(previous ?? '', line)) return line;
  return line.replace(LEADING_END_RE, '').trim();
}

const OPEN_RANGE_START_RE = new RegExp(`^\\s*(?:${POINT})\\s*(?:-|–|—|to)\\s`, 'i');

/** A line that opens with a range's start ("June 2022 – Software Engineer, Google"): a role header. */
export function startsWithRange(line: string): boolean {
  return OPEN_RANGE_START_RE.test(line);
}
