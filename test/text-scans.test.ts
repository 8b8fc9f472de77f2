import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_RE, tokenize, type Token } from '../src/skills/tokens.js';
import { collapseWhitespace } from '../src/text/whitespace.js';
import { headingKey } from '../src/jobs/sections.js';
import { collapseLetterSpacing, headingKey as resumeHeadingKey } from '../src/resume/sections.js';
import { EMAIL_RE, findEmail, findLinks } from '../src/resume/contact.js';
import { endsInPastTense, endsOpen, hasMetric, joinWrapped } from '../src/resume/bullets.js';
import { occurs } from '../src/analysis/summary.js';
import { getLexicon } from '../src/skills/lexicon.js';
import { FIXTURES } from './helpers/fixtures.js';

/** The tokens as TOKEN_RE defines them: what the hand-written scan must reproduce exactly. */
function byPattern(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    for (let i = last; i < start; i++) if (text.charCodeAt(i) === 10) line++;
    last = start;
    tokens.push({ norm: m[0].toLowerCase(), raw: m[0], start, end: start + m[0].length, line });
  }
  return tokens;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return textFiles(p);
    return /\.(?:txt|md)$/.test(f) ? [p] : [];
  });
}

/** headingKey as the patterns define it: what the faster checks inside it must reproduce. */
function headingKeyByPattern(line: string): string {
  return line.toLowerCase().replace(/[’‘`]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
    .replace(/^(?:\d{1,2}|[ivx]{1,4})[.)]\s+(?=\p{L})/u, '').replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    // 2.17.0: a slash between letters is a word break ("Experience/Requirements").
    .replace(/(?<=\p{L})\/(?=\p{L})/gu, ' / ')
    // 2.41.0: "Prefered" is read as "preferred".
    .replace(/\bprefered\b/g, 'preferred')
    // 2.54.0: a contraction typed without its apostrophe ("Whats in it for you") gets it back.
    .replace(/\bwhats\b/g, "what's").replace(/\byou(ll|re|ve|d)\b/g, "you'$1").replace(/\bweve\b/g, "we've")
    .replace(/\bthey(ll|re)\b/g, "they'$1").replace(/\b(do|does|is|are)nt\b/g, "$1n't")
    .replace(/\s+/g, ' ').trim();
}

/** Random strings over letters, digits, marks, spaces and separators (a fixed seed: the same every run). */
function randomStrings(count: number, alphabet: string[]): string[] {
  let seed = 12345;
  const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const len = Math.floor(rand() * 40);
    for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(text);
  }
  return out;
}
const ALPHABET = ['a', 'Z', '7', '.', '+', '#', ' ', '  ', '\n', '\t', '-', '/', 'é', '東', '\u0301', '😀', '𝐁', '\u00AD', ',', '٣', ')', '(', '’', '`', ':', '\u00A0', 'iv', '2.', '•'];
const fixtureLines = () => textFiles(FIXTURES).flatMap((f) => readFileSync(f, 'utf8').split('\n'));

describe('the hand-written checks give what the patterns they replace give', () => {
  it('collapseWhitespace is s.replace(/\\s+/g, " ") on every fixture line and random strings', () => {
    for (const s of [...fixtureLines(), ...randomStrings(2000, ALPHABET), ' \t ', '\u2003x\u3000 y', '']) {
      expect(collapseWhitespace(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' '));
    }
  });

  it("a resume heading's key is what its patterns made of it", () => {
    const byPattern = (line: string) => collapseLetterSpacing(line).replace(/^[^\p{L}]+/u, '')
      .replace(/\s*\((?:cont(?:inued|'d|d)?\.?|selected|contd\.?|[^)]{0,20})\)\s*$/iu, '')
      .replace(/[^\p{L}\p{N}]+$/u, '').replace(/\s+(?:cont(?:inued|'d)|contd)$/i, '').replace(/\s+/g, ' ').toLowerCase();
    const cases = ['EXPERIENCE —', 'Experience (continued)', 'Skills (selected) ', 'Work History cont\'d', 'E X P E R I E N C E', '𝐒𝐊𝐈𝐋𝐋𝐒 😀', 'Projects ::', '—'];
    for (const s of [...fixtureLines(), ...cases, ...randomStrings(2000, [...ALPHABET, 'cont', "cont'd", ')', '('])]) {
      expect(resumeHeadingKey(s), JSON.stringify(s)).toBe(byPattern(s));
    }
  });

  it('headingKey strips decoration and numbering exactly as its patterns did', () => {
    const cases = ['**Requirements:**', '2. Nice-to-have', 'IV) Benefits', '🚀 What you’ll do', '— About us —', 'Skills (selected))', '((', 'x', '𝐁old 𝐁', '٣ items',
      'Whats in it for you:', 'What youll do', 'Who we dont want', 'This isnt for you if', 'Things that arent required', 'What it doesnt cover', 'Youd be great if', 'Theyre hiring'];
    for (const s of [...fixtureLines(), ...randomStrings(2000, ALPHABET), ...cases]) {
      expect(headingKey(s), JSON.stringify(s)).toBe(headingKeyByPattern(s));
    }
  });
});

describe('bullet checks read as their patterns did', () => {
  /** joinWrapped with its line-end hyphen found by the pattern it used. */
  const COMPOUND = new Set(['cloud', 'data', 'e', 'self', 'non']);
  const joinByPattern = (before: string, next: string, heads: Set<string>) => {
    const hyphen = before.match(/(\p{L}+)-$/u);
    if (hyphen && /^\p{Ll}/u.test(next)) return heads.has(hyphen[1]!.toLowerCase()) ? 'keep' : 'solid';
    return 'space';
  };
  const joinKind = (before: string, next: string) => {
    const joined = joinWrapped(before, next);
    return joined === before + ' ' + next ? 'space' : joined === before + next ? 'keep' : 'solid';
  };
  it('a line-end hyphen joins as the pattern read it, on fixture lines and random strings', () => {
    const lines = fixtureLines();
    const cases = ['Devel-', 'cloud-', 'e-', '𝐁𝐨𝐥𝐝-', 'x 😀-', '-', 'a--', 'naïve-', '東京-', ' -', 'C++-'];
    for (const before of [...lines.slice(0, 3000), ...cases, ...randomStrings(2000, [...ALPHABET, '-', '-'])]) {
      for (const next of ['oped', 'Native']) {
        const want = joinByPattern(before, next, COMPOUND);
        // Only where the compound list agrees with this sample of it.
        if (want === 'keep' && !COMPOUND.has(before.match(/(\p{L}+)-$/u)![1]!.toLowerCase())) continue;
        expect(joinKind(before, next) === 'space', JSON.stringify([before, next])).toBe(want === 'space');
      }
    }
  });
  it('a paragraph ends open or in the past tense exactly where the end-anchored patterns say', () => {
    const OPEN = /(?:[,;:&/+-]|\b(?:and|or|of|the|a|an|to|for|with|in|on|by|from|into|across|using|via|at|as|that|which|over|under|than|including|such|per|&))$/i;
    const PAST = /\b\p{L}{3,}ed$/u;
    const lines = fixtureLines();
    const paragraphs = lines.map((l, i) => `${lines[i - 1] ?? ''} ${l}`);
    const cases = ['built and', 'brand', 'including', 'xincluding', 'créated', 'a_created', '9created', 'naïve-ed', '𝐁𝐨𝐥𝐝ed', 'ed', 'shred', 'Utilized'];
    const edAlphabet = [...ALPHABET, 'ed', 'and', 'é', '_', '9', 'ing'];
    for (const s of [...lines, ...paragraphs, ...cases, ...randomStrings(3000, edAlphabet)]) {
      expect(endsOpen(s), JSON.stringify(s)).toBe(OPEN.test(s));
      expect(endsInPastTense(s), JSON.stringify(s)).toBe(PAST.test(s));
    }
  });

  it('a bullet without digits has a metric only by its words ("doubled")', () => {
    expect(hasMetric('Doubled the conversion rate')).toBe(true);
    expect(hasMetric('Improved the conversion rate')).toBe(false);
    expect(hasMetric('Cut p99 latency by 40%')).toBe(true);
    expect(hasMetric('Built services in Java 17')).toBe(false);
  });
});

describe('a phrase is found in a resume where its pattern finds it', () => {
  const byPattern = (text: string, phrase: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}+#])`, `u${flags}`).test(text);
  it('every lexicon name in every text fixture, either case rule', () => {
    const names = getLexicon().all().flatMap((s) => [s.name, ...s.aliases]).filter((_, i) => i % 7 === 0);
    const texts = textFiles(FIXTURES).filter((f) => f.includes('resumes')).map((f) => readFileSync(f, 'utf8'));
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) for (const name of names) for (const flags of ['i', '']) {
      expect(occurs(text, name, flags), `${name} ${flags}`).toBe(byPattern(text, name, flags));
    }
    // Hundreds of names, each compiled as a pattern, against every resume: ~15 s alone, more on a busy machine.
  }, 120_000);
  it('at the edges: C++ before "#", K and ſ, İ, astral letters', () => {
    const cases: [string, string][] = [['I know C++#', 'C++'], ['uses C#.', 'C#'], ['\u212Aafka', 'kafka'], ['ſql', 'sql'], ['İstanbul SQL', 'sql'],
      ['𝐁Java', 'java'], ['Java𝐁', 'java'], ['node.jsx', 'node.js'], ['.NET', '.net'], ['ASP.NET', '.net']];
    for (const [text, phrase] of cases) for (const flags of ['i', '']) expect(occurs(text, phrase, flags), `${text} ${phrase}`).toBe(byPattern(text, phrase, flags));
  });
});

describe('emails are found from each "@" exactly where EMAIL_RE finds them', () => {
  const cases = [
    'jane.doe+cv@mail.example.com', 'a@b.co@c.org', ' @x.com a@b', 'x@y.z', 'first@one.io, second@two.dev', 'me@@host.com',
    'user@sub.domain.travel.', 'name(at)host.com', '@', 'a@b.com@', '%@-.aa', 'a.@.b.cd',
  ];
  const emailAlphabet = ['a', 'Z', '7', '.', '@', '-', '_', '%', '+', ' ', 'com', '\n', 'é', ','];
  it('the first email of every fixture line, case and random string', () => {
    for (const s of [...fixtureLines(), ...cases, ...randomStrings(3000, emailAlphabet)]) {
      expect(findEmail(s), JSON.stringify(s)).toBe(s.match(EMAIL_RE)?.[0] ?? null);
    }
  });
  it('links are read from the text with every email taken out', () => {
    const text = 'Jane Doe | jane@doe.dev | janedoe.dev | github.com/janedoe\nSee https://doe.dev/work or mail a@b.io';
    expect(findLinks(text)).toEqual(findLinks(text.replace(EMAIL_RE, ' ')));
    expect(findLinks(text)).toContain('janedoe.dev');
    expect(findLinks(text).some((l) => l.includes('@'))).toBe(false);
  });
});

describe('tokenize: the scan gives exactly the tokens of TOKEN_RE', () => {
  it('on every text fixture and calibration file (resumes and posts written by others)', () => {
    const files = textFiles(FIXTURES);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(tokenize(text), f).toEqual(byPattern(text));
    }
  });

  it('on the spellings the pattern exists for, and on the characters at its edges', () => {
    const cases = [
      'C++, C#, .NET, node.js, ASP.NET Core and F#.', 'Vue3 / Python3.11+ / ...net / a..b / x.+y', 'end.', '.5 years',
      'Ünïcödé naïve café — 東京 ١٢٣ 𝐁𝐨𝐥𝐝 😀 emoji 𝑥2', 'line one\nline two\n\n.net\r\nC++\t#hash +plus', '\ud835 lone \udc01 halves',
      'a.b.c++.d#', 'K\u212A kelvin ſ long s İstanbul', '',
    ];
    for (const text of cases) expect(tokenize(text), text).toEqual(byPattern(text));
  });

  it('on random strings over letters, digits, marks and separators', () => {
    for (const text of randomStrings(2000, ALPHABET)) expect(tokenize(text), JSON.stringify(text)).toEqual(byPattern(text));
  });
});
