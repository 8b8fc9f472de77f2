/** Contact details as an ATS reads them: one email, one phone, profile and site links. */

/** An email address (as found by emailSpans, which the tests hold to this pattern). */
export const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A run of digits with the usual phone punctuation; judged afterwards by its digit count. */
/** Hyphen-like characters people (and word processors) put in phone numbers: ‐ ‑ ‒ – — − as well as "-". */
const PHONE_DASHES = '\\-\u2010\u2011\u2012\u2013\u2014\u2212';
const PHONE_RE = new RegExp(`(?:\\(?\\+\\s?\\d{1,3}\\)?[\\s.${PHONE_DASHES}]?)?(?:\\(\\d{1,5}\\)[\\s.${PHONE_DASHES}]?)?\\d[\\d\\s.${PHONE_DASHES}]{6,18}\\d`, 'g');
const PHONE_DASH_RE = new RegExp(`[${PHONE_DASHES}]`, 'g');
const URL_RE = /\b(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/(?:in|pub)\/[\w%.-]+|github\.com\/[\w.-]+|gitlab\.com\/[\w.-]+|(?:https?:\/\/|www\.)[^\s,;|()<>"]+)/gi;
const BARE_SITE_RE = /(?<![@\w.])(?:[a-z0-9-]+\.)+(?:com|dev|io|me|net|org|ai|app|co|tech|site|xyz|page|info|blog|codes|design)(?:\/[^\s,;|()<>"]*)?\b/gi;
/** "in/janedoe" (LinkedIn's own short form) and labelled handles ("GitHub: janedoe"). */
const LINKEDIN_SHORT_RE = /(?<![\w./])in\/([\w%-]{2,})/g;
const LABELLED_HANDLE_RE = /\b(linkedin|github|gitlab)\s*:\s*@?([A-Za-z0-9][\w-]{1,38})\b(?![.\/@:])/gi;
const PHONE_MIN_DIGITS = 9;
const PHONE_MAX_DIGITS = 15;
/** Bare domains count as personal sites only near the top, where contact details live. */
const TOP_LINES_FOR_SITES = 10;

/**
 * Where EMAIL_RE matches, as `text.matchAll(EMAIL_RE)` would say, found from each "@" outwards: the
 * pattern itself, starting with a character class, is tried at every position of the resume.
 */
function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    EMAIL_DOMAIN_RE.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN_RE.exec(text);
    if (!domain) continue;
    from = at + 1 + domain[0].length;
    spans.push([start, from]);
  }
  return spans;
}
const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN_RE = /[A-Za-z0-9.-]+\.[A-Za-z]{2,}/y;

function withoutEmails(text: string): string {
  let out = '';
  let last = 0;
  for (const [start, end] of emailSpans(text)) { out += text.slice(last, start) + ' '; last = end; }
  return last === 0 ? text : out + text.slice(last);
}

export function findEmail(text: string): string | null {
  const first = emailSpans(text)[0];
  return first ? text.slice(first[0], first[1]) : null;
}

export function findPhone(text: string): string | null {
  for (const line of text.split('\n')) {
    // Publication identifiers are long digit runs too.
    if (/\b(?:isbn|issn|doi|arxiv|pmid)\b/i.test(line)) continue;
    for (const m of line.matchAll(PHONE_RE)) {
      // Shown and stored with plain hyphens, however it was typed.
      const candidate = m[0].trim().replace(PHONE_DASH_RE, '-');
      const digits = candidate.replace(/\D/g, '');
      if (digits.length < PHONE_MIN_DIGITS || digits.length > PHONE_MAX_DIGITS) continue;
      // Date ranges ("2019 - 2021", "01.2019 - 03.2021") look like digit runs; a phone rarely holds two years.
      if (/(?:19|20)\d{2}\D+(?:19|20)\d{2}/.test(candidate) && !/^\+/.test(candidate) && !/\(/.test(candidate)) continue;
      return candidate;
    }
  }
  return null;
}

function cleanLink(link: string): string {
  return link.replace(/[.,;:)\]]+$/, '').replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
}

/** "B.Tech", "Node.JS": a bare "domain" whose last part is not written in lower case is no site. */
function plausibleSite(site: string): boolean {
  const host = site.split('/')[0]!;
  const labels = host.split('.');
  return /^[a-z]+$/.test(labels[labels.length - 1]!) && labels[0]!.length >= 2;
}

/**
 * Profile and site links. Full URLs and known profile hosts count anywhere; bare domains
 * ("janedoe.dev") and short forms ("in/janedoe") only in `contactLines` (default: the first lines),
 * because further down "Kiwi.com" or "B.Tech" is an employer or a degree.
 */
export function findLinks(text: string, contactLines?: string[]): string[] {
  const links = new Set<string>();
  const rest = withoutEmails(text);
  for (const m of rest.matchAll(URL_RE)) links.add(cleanLink(m[0]));
  const top = withoutEmails((contactLines ?? rest.split('\n').slice(0, TOP_LINES_FOR_SITES)).join('\n'));
  for (const m of top.matchAll(BARE_SITE_RE)) if (plausibleSite(m[0])) links.add(cleanLink(m[0]));
  for (const m of top.matchAll(LINKEDIN_SHORT_RE)) links.add(`linkedin.com/in/${m[1]}`);
  for (const m of top.matchAll(LABELLED_HANDLE_RE)) {
    const host = m[1]!.toLowerCase();
    links.add(host === 'linkedin' ? `linkedin.com/in/${m[2]}` : `${host}.com/${m[2]}`);
  }
  // A link already listed with a longer path absorbs its bare domain.
  const all = [...links].filter((l) => l.length > 4);
  return all.filter((l) => !all.some((o) => o !== l && o.toLowerCase().startsWith(l.toLowerCase() + '/')));
}
