/** normalizeText, sniffKind and the PDF layout rules, on small inputs built in the test. */
import { describe, expect, it } from 'vitest';
import { extractDocument, normalizeText, sniffKind } from '../src/documents/index.js';
import { isDateLike, layoutPage, type PdfTextItem } from '../src/documents/pdf-layout.js';
import {
  buildBinaryText,
  buildDocx,
  buildEncryptedDocx,
  buildEncryptedPdf,
  buildLegacyDoc,
  buildPdf,
  buildPngAsPdf,
  buildZip,
  type PdfTextRun,
  winAnsi,
} from './helpers/bad-files.js';

describe('normalizeText', () => {
  it('NFKC: ligatures and full-width letters', () => {
    expect(normalizeText('ﬁxed classiﬁcation ﬂow eﬀort ｐｙｔｈｏｎ')).toBe('fixed classification flow effort python');
  });

  it('drops private-use glyphs (icon fonts), BMP and supplementary planes', () => {
    expect(normalizeText('\uF0E0 jane@example.com \u{F0001}\u{10FFFD}| \uE001 github.com/jane')).toBe('jane@example.com | github.com/jane');
  });

  it('soft hyphen: invisible inside a word, a dash between spaces', () => {
    expect(normalizeText('inter\u00ADnational')).toBe('international');
    expect(normalizeText('2019 \u00AD 2021')).toBe('2019 - 2021');
  });

  it('odd dashes: ranges get an en dash, words a hyphen', () => {
    expect(normalizeText('Sep. 2023 — Mar. 2024')).toBe('Sep. 2023 – Mar. 2024');
    expect(normalizeText('2019‒2021')).toBe('2019–2021');
    expect(normalizeText('full‐stack e‑commerce')).toBe('full-stack e-commerce');
    expect(normalizeText('a ― b − c')).toBe('a – b – c');
  });

  it('puts back the dash pdf.js drops between two month-year dates', () => {
    expect(normalizeText('DevOps Engineer Sep. 2023 Mar. 2024')).toBe('DevOps Engineer Sep. 2023 – Mar. 2024');
    expect(normalizeText('Jan 2020 Present')).toBe('Jan 2020 – Present');
    expect(normalizeText('March 2019 June 2021')).toBe('March 2019 – June 2021');
    // Not across lines, and not when there is already a separator.
    expect(normalizeText('Sep. 2023\nMar. 2024')).toBe('Sep. 2023\nMar. 2024');
    expect(normalizeText('Sep 2023 - Mar 2024')).toBe('Sep 2023 - Mar 2024');
  });

  it('spaces, line ends, blank lines, CRLF, zero-width characters and BOM', () => {
    expect(normalizeText('\uFEFFJane\u00A0Roe  \t Engineer \r\n\r\n\r\n\r\nGo\u200B,\u200D Rust\u2009 \r\n')).toBe(
      'Jane Roe Engineer\n\nGo, Rust',
    );
    expect(normalizeText('a\rb')).toBe('a\nb');
  });

  it('is idempotent', () => {
    const s = 'ﬁ \u00AD Sep. 2023 Mar. 2024 —\u00A0x\r\n\n\n\ny';
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });

  it('joins letter-spaced names and headings, keeping the word boundary', () => {
    expect(normalizeText('J O R D A N   B A K E R')).toBe('JORDAN BAKER');
    expect(normalizeText('E X P E R I E N C E')).toBe('EXPERIENCE');
    expect(normalizeText('  W O R K    E X P E R I E N C E  ')).toBe('WORK EXPERIENCE');
    expect(normalizeText('J O R D A N\u00A0\u00A0 B A K E R\nSenior  Engineer')).toBe('JORDAN BAKER\nSenior Engineer');
    expect(normalizeText('M A R I A   S C H N E I D E R | Backend Engineer')).toBe('MARIA SCHNEIDER | Backend Engineer');
    expect(normalizeText('J O H N   Q   P U B L I C')).toBe('JOHN Q PUBLIC');
    expect(normalizeText('s k i l l s')).toBe('skills');
    expect(normalizeText('R É S U M É')).toBe('RÉSUMÉ');
  });

  it('leaves ordinary text with single letters alone', () => {
    for (const t of ['A B testing', 'C C++ and Go', 'J. R. R. Tolkien', 'Q & A', 'A B', 'I am a B2B engineer',
      'Grades: A B C', 'Plan A  B  or C', 'x y z coordinates', 'A | B | C', '2 0 2 0']) {
      expect(normalizeText(t), t).toBe(t.replace(/ {2,}/g, ' '));
    }
    expect(normalizeText('Languages: C  C++  Go')).toBe('Languages: C C++ Go');
  });

  it('is idempotent on letter-spaced and near-letter-spaced lines', () => {
    for (const s of ['J O R D A N   B A K E R', 'A  B  C', 'J O  B S', 'A B  C D E', 'E X P E R I E N C E | A  B  C',
      'A B testing', 'J. R. R. Tolkien', 'x  y', 'A B C D', '  |  | b Q Q', ' | |  Q  x Q']) {
      expect(normalizeText(normalizeText(s)), s).toBe(normalizeText(s));
    }
  });
});

describe('sniffKind (bytes, never names)', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  it('PDF, with up to 1 KB of leading junk', () => {
    expect(sniffKind(text('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffKind(new Uint8Array([...new Uint8Array(900).fill(0x20), ...text('%PDF-1.4')]))).toBe('pdf');
    expect(sniffKind(new Uint8Array([...new Uint8Array(2000).fill(0x20), ...text('%PDF-1.4')]))).toBe('text');
    expect(sniffKind(buildEncryptedPdf())).toBe('pdf');
  });
  it('DOCX is a zip with word/document.xml; other zips are not', () => {
    expect(sniffKind(buildDocx({ body: ['x'] }))).toBe('docx');
    expect(sniffKind(buildZip([{ name: 'a.txt', data: 'a' }]))).toBeNull();
  });
  it('text: UTF-8, UTF-16 with BOM', () => {
    expect(sniffKind(text('Jane Roe\nBackend engineer'))).toBe('text');
    expect(sniffKind(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Jane', 'utf16le')])))).toBe('text');
  });
  it('images, OLE files and binary are not documents we read', () => {
    expect(sniffKind(buildPngAsPdf())).toBeNull();
    expect(sniffKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffKind(buildEncryptedDocx())).toBeNull();
    expect(sniffKind(buildLegacyDoc())).toBeNull();
    expect(sniffKind(buildBinaryText())).toBeNull();
    expect(sniffKind(new Uint8Array())).toBeNull();
  });
});

/** pdf.js-like items for layoutPage: one item per word run, Helvetica-ish widths (0.5 em a char). */
function item(x: number, y: number, str: string, size = 10): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL: false };
}

const LOREM = [
  'Designed and built payment services in Go', 'Cut API latency by 40% with caching', 'Led a team of five engineers',
  'Migrated the monolith to Kubernetes', 'Wrote the on-call runbook and alerts', 'Shipped a fraud model to production',
  'Mentored two junior developers', 'Owned the Postgres schema migrations', 'Built CI pipelines in GitHub Actions',
  'Reduced cloud spend by 25% a year', 'Introduced contract tests for APIs', 'Ran weekly architecture reviews',
  'Automated releases with Terraform', 'Scaled Kafka consumers to 50K msg/s',
];

describe('layoutPage', () => {
  it('joins one-glyph items and inserts spaces by gap, " | " for wide gaps', () => {
    const items = [item(10, 700, 'Sen'), item(25, 700, 'ior'), item(43, 700, 'Engineer'), item(300, 700, 'Jan 2020')];
    expect(layoutPage(items).lines).toEqual(['Senior Engineer | Jan 2020']);
  });

  it('a small contact line under a large name is a line of its own; a raised or lowered mark joins its word', () => {
    // As LaTeX CVs draw it (the fifth held-out set's Ovezik CV): a 32 pt name, 7 pt links 15 pt below.
    const items = [item(186, 795, 'Christina', 32), item(340, 795, 'Ovezik', 32),
      item(150, 780, 'name@example.org', 7), item(208, 780, '| LadyChristina', 7), item(263, 780, '| Ovezik', 7)];
    // The body is 10 pt, so the links are small text, as superscripts are.
    LOREM.slice(0, 5).forEach((t, i) => items.push(item(150, 740 - i * 14, t)));
    expect(layoutPage(items).lines.slice(0, 2)).toEqual(['Christina Ovezik', 'name@example.org | LadyChristina | Ovezik']);
    const marks = [item(40, 700, 'Cut CO'), item(70, 698, '2', 6), item(76, 700, 'emissions by 40%'), item(200, 700, 'Rank'), item(222, 704, 'th', 6)];
    expect(layoutPage(marks).lines).toHaveLength(1);
  });

  it('a sidebar layout is read main column first, then sidebar', () => {
    const items: PdfTextItem[] = [item(40, 780, 'Jane Roe, Senior Backend Engineer, jane@example.com, +1 555 0100', 12)];
    LOREM.forEach((t, i) => {
      items.push(item(40, 740 - i * 14, `${t}.`));
      items.push(item(330, 740 - i * 14, `Sidebar fact number ${i + 1} here`));
    });
    const page = layoutPage(items);
    expect(page.columns).toBe(2);
    const text = page.lines.join('\n');
    expect(text.indexOf('Sidebar fact number 1 here')).toBeGreaterThan(text.indexOf(LOREM[13]!));
    expect(page.lines[0]).toContain('Jane Roe');
  });

  it('right-aligned dates beside titles, with full-width bullets, stay one column', () => {
    const items: PdfTextItem[] = [];
    let y = 760;
    for (let job = 0; job < 4; job++) {
      items.push(item(40, y, `Software Engineer at Company ${job}`));
      items.push(item(480, y, 'Jan 2020 – Mar 2022'));
      y -= 14;
      for (let b = 0; b < 3; b++) {
        items.push(item(40, y, `• ${LOREM[(job * 3 + b) % LOREM.length]!} across every team and every service we ran`));
        y -= 14;
      }
    }
    const page = layoutPage(items);
    expect(page.columns).toBe(1);
    expect(page.lines[0]).toBe('Software Engineer at Company 0 | Jan 2020 – Mar 2022');
  });

  it('a real two-column PDF built by hand', async () => {
    const runs: PdfTextRun[] = [{ x: 72, y: 750, text: 'Jane Roe - Backend Engineer - jane.roe@example.com - +1 555 0100', size: 12 }];
    LOREM.forEach((t, i) => {
      runs.push({ x: 72, y: 720 - i * 14, text: t, size: 10 });
      runs.push({ x: 360, y: 720 - i * 14, text: `Skill group ${i + 1}: Go, Python`, size: 10 });
    });
    const doc = await extractDocument(buildPdf([runs]));
    expect(doc.layout.columns).toBe(2);
    const t = doc.text;
    expect(t.indexOf('Skill group 1: Go, Python')).toBeGreaterThan(t.indexOf('Scaled Kafka consumers to 50K msg/s'));
  });
});

/**
 * Europass / German tabular CV (Lebenslauf): dates (and a place) in a narrow left margin, each on the
 * baseline of its role on the right; several long bullets per role with nothing beside them.
 */
const EUROPASS_ROLES: Array<{ date: string; place: string; role: string; employer: string }> = [
  { date: 'Jan 2020 – Present', place: 'Berlin, Germany', role: 'Senior Backend Engineer', employer: 'Zalando SE, e-commerce platform' },
  { date: '03/2017 – 12/2019', place: 'Munich, Germany', role: 'Platform Engineer', employer: 'Check24 GmbH, price comparison' },
  { date: '2015 – 2017', place: 'Hamburg, Germany', role: 'Software Developer', employer: 'Otto Group, online retail' },
  { date: 'Sep 2013 – Jun 2015', place: 'Cologne, Germany', role: 'Junior Java Developer', employer: 'REWE Digital GmbH' },
  { date: '10/2012 – 08/2013', place: 'Bonn, Germany', role: 'Working Student, QA', employer: 'Deutsche Telekom AG' },
];
const EUROPASS_EDUCATION: Array<{ date: string; degree: string; school: string }> = [
  { date: '2010 – 2013', degree: 'MSc Computer Science', school: 'RWTH Aachen University' },
  { date: '2007 – 2010', degree: 'BSc Computer Science', school: 'University of Cologne' },
  { date: '1998 – 2007', degree: 'Abitur (university entrance qualification)', school: 'Gymnasium Bonn' },
];
const EUROPASS_SKILLS = [
  ['Mother tongue', 'German'],
  ['Other languages', 'English (C1), French (B1)'],
  ['Digital skills', 'Go, Java, Kotlin, PostgreSQL, Kafka'],
  ['Driving licence', 'Category B'],
] as const;
const BULLETS = [
  '• Designed and ran payment and order services in Go and Java on Kubernetes',
  '• Cut p99 API latency by 40% with caching, query tuning and connection pools',
  '• Led a team of five engineers through the migration from the monolith',
  '• Built CI/CD pipelines in GitHub Actions and Terraform for 30 services',
];

function europassRuns(): PdfTextRun[] {
  const runs: PdfTextRun[] = [
    { x: 170, y: 760, text: 'Maria Schneider', size: 20 },
    { x: 170, y: 742, text: 'Musterstrasse 12, 10115 Berlin | maria.schneider@example.de | +49 30 1234567', size: 9 },
  ];
  const add = (x: number, y: number, text: string, size: number) => runs.push({ x, y, text: winAnsi(text), size });
  let y = 712;
  add(170, y, 'WORK EXPERIENCE', 12);
  y -= 18;
  EUROPASS_ROLES.forEach((r, i) => {
    add(57, y, r.date, 9);
    add(170, y, r.role, 11);
    y -= 12;
    add(57, y, r.place, 9);
    add(170, y, r.employer, 10);
    y -= 12;
    for (let b = 0; b < 3; b++) {
      add(178, y, BULLETS[(i + b) % BULLETS.length]!, 10);
      y -= 12;
    }
    y -= 6;
  });
  add(170, y, 'EDUCATION AND TRAINING', 12);
  y -= 18;
  for (const e of EUROPASS_EDUCATION) {
    add(57, y, e.date, 9);
    add(170, y, e.degree, 11);
    y -= 12;
    add(170, y, e.school, 10);
    y -= 16;
  }
  add(170, y, 'LANGUAGE AND DIGITAL SKILLS', 12);
  y -= 18;
  for (const [label, text] of EUROPASS_SKILLS) {
    add(57, y, label, 9);
    add(170, y, text, 10);
    y -= 13;
  }
  return runs;
}

/**
 * moderncv (classic/banking): the name large at the left, the address block small and right-aligned
 * above it; dates right-aligned in a narrow hint column; "Title, Employer, City" on the date's
 * baseline, a one-line description below; cvitems with a short label ("Languages") beside their text.
 */
const MODERNCV_ENTRIES: Array<{ date: string; entry: string; note: string }> = [
  { date: '2019 – present', entry: 'Lead Data Engineer, Spotify, Stockholm', note: 'Streaming pipelines in Scala and Kafka.' },
  { date: '2016 – 2019', entry: 'Data Engineer, Klarna, Stockholm', note: 'Airflow and dbt for risk models.' },
  { date: '2014 – 2016', entry: 'Software Engineer, Ericsson, Kista', note: 'Telemetry services in Go.' },
  { date: '2013 – 2014', entry: 'Research Assistant, KTH Royal Institute of Technology', note: 'Graph analytics in Spark.' },
  { date: 'Summer 2012', entry: 'Intern, Scania, Sodertalje', note: 'Test automation in Python.' },
];
const MODERNCV_ITEMS = [
  ['Programming', 'Python, Scala, SQL, Go, TypeScript'],
  ['Data tools', 'Spark, Kafka, Airflow, dbt, Flink'],
  ['Cloud', 'GCP, AWS, Kubernetes, Terraform'],
  ['Databases', 'BigQuery, Snowflake, PostgreSQL'],
  ['Languages', 'Swedish (native), English (fluent)'],
  ['Interests', 'Orienteering, chess, open data'],
] as const;

function moderncvRuns(): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  const add = (x: number, y: number, text: string, size: number) => runs.push({ x, y, text: winAnsi(text), size });
  // Right-aligned at x = 140 in the hint column (Helvetica digits are 0.56 em wide).
  const hint = (y: number, text: string, size = 9) => add(140 - text.length * size * 0.56, y, text, size);
  add(400, 770, 'Storgatan 1, 111 22 Stockholm', 9);
  add(400, 759, '+46 70 123 45 67 | erik@example.se', 9);
  add(57, 745, 'Erik Lindqvist', 25);
  add(57, 722, 'Senior Data Engineer', 12);
  let y = 690;
  const section = (title: string) => {
    add(160, y, title, 14);
    y -= 20;
  };
  section('Experience');
  for (const e of MODERNCV_ENTRIES) {
    hint(y, e.date);
    add(160, y, e.entry, 10);
    y -= 12;
    add(160, y, e.note, 10);
    y -= 12;
    y -= 6;
  }
  section('Education');
  hint(y, '2007 – 2012');
  add(160, y, 'MSc Computer Science, KTH Royal Institute of Technology', 10);
  y -= 12;
  add(160, y, 'Thesis: streaming joins over late-arriving events', 10);
  y -= 18;
  section('Skills');
  for (const [label, text] of MODERNCV_ITEMS) {
    hint(y, label);
    add(160, y, text, 10);
    y -= 12;
  }
  return runs;
}

/** The line holding `needle`, asserting that there is one. */
function lineIndex(lines: readonly string[], needle: string): number {
  const i = lines.findIndex((l) => l.includes(needle));
  expect(i, `a line should contain "${needle}"`).toBeGreaterThanOrEqual(0);
  return i;
}

/** The date is on the role's line (before it) or on the line right before it. */
function expectDateWithRole(lines: readonly string[], date: string, role: string): void {
  const d = lineIndex(lines, date);
  const r = lineIndex(lines, role);
  if (d === r) expect(lines[d]!.indexOf(date), `${date} before ${role}`).toBeLessThan(lines[d]!.indexOf(role));
  else expect(r - d, `"${date}" right before "${role}"`).toBe(1);
}

describe('letter-spaced names keep their word boundary', () => {
  it('drawn glyph by glyph: the wider gap between words becomes a word break', () => {
    // 20 pt letters 0.6 em wide, 0.3 em (6 pt) tracking; the gap between the words is 24 pt.
    const items: PdfTextItem[] = [];
    let x = 72;
    for (const ch of 'JORDAN BAKER') {
      if (ch === ' ') {
        x += 18;
        continue;
      }
      items.push({ str: ch, transform: [20, 0, 0, 20, x, 700], width: 12, height: 20 });
      x += 18;
    }
    const page = layoutPage(items);
    expect(normalizeText(page.lines.join('\n'))).toBe('JORDAN BAKER');
  });

  it('drawn with character spacing (Tc): pdf.js spells the letters out, the words stay apart', async () => {
    for (const charSpacing of [4, 8, 12]) {
      const doc = await extractDocument(buildPdf([[
        { x: 72, y: 720, text: 'JORDAN BAKER', size: 20, charSpacing },
        { x: 72, y: 690, text: 'S K I L L S', size: 12 },
        { x: 72, y: 670, text: 'Backend engineer: Go, Kubernetes, PostgreSQL, Kafka, Terraform, AWS and GCP.', size: 10 },
        { x: 72, y: 655, text: 'A B testing, C C++ and J. R. R. Tolkien stay as they are written here.', size: 10 },
      ]]));
      const lines = doc.text.split('\n');
      expect(lines[0], `Tc ${charSpacing}`).toBe('JORDAN BAKER');
      expect(lines).toContain('SKILLS');
      expect(lines).toContain('A B testing, C C++ and J. R. R. Tolkien stay as they are written here.');
    }
  });
});

describe('date margins are not a second column', () => {
  it('Europass / Lebenslauf: dates in a narrow left margin, read row by row', async () => {
    const doc = await extractDocument(buildPdf([europassRuns()]));
    expect(doc.layout.columns).toBe(1);
    const lines = doc.text.split('\n');
    for (const r of EUROPASS_ROLES) {
      expectDateWithRole(lines, r.date, r.role);
      expectDateWithRole(lines, r.place, r.employer);
    }
    for (const e of EUROPASS_EDUCATION) expectDateWithRole(lines, e.date, e.degree);
    expect(lines).toContain('Jan 2020 – Present | Senior Backend Engineer');
    expect(lines).toContain('03/2017 – 12/2019 | Platform Engineer');
    for (const [label, text] of EUROPASS_SKILLS) expect(lines).toContain(`${label} | ${text}`);
    // Roles in page order, each followed by its own bullets rather than by the next date.
    const roles = EUROPASS_ROLES.map((r) => lineIndex(lines, r.role));
    expect([...roles].sort((a, b) => a - b)).toEqual(roles);
    expect(lineIndex(lines, 'WORK EXPERIENCE')).toBeLessThan(roles[0]!);
    expect(lineIndex(lines, 'EDUCATION AND TRAINING')).toBeGreaterThan(roles[roles.length - 1]!);
  });

  it('the same page with the dates on the right-hand side of a wide gap is read row by row too', () => {
    // layoutPage directly: the Europass runs, dates moved to a narrow right margin.
    const items: PdfTextItem[] = europassRuns().map((r) => {
      const size = r.size ?? 11;
      const x = r.x === 57 ? 470 : r.x - 110;
      return item(x, r.y, r.text.replace(/\x96/g, '–').replace(/\x95/g, '•'), size);
    });
    const page = layoutPage(items);
    expect(page.columns).toBe(1);
    expect(page.lines).toContain('Senior Backend Engineer | Jan 2020 – Present');
  });

  it('moderncv: right-aligned dates and short labels in the hint column stay on their rows', async () => {
    const doc = await extractDocument(buildPdf([moderncvRuns()]));
    expect(doc.layout.columns).toBe(1);
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('Erik Lindqvist');
    for (const e of MODERNCV_ENTRIES) expectDateWithRole(lines, e.date, e.entry);
    expectDateWithRole(lines, '2007 – 2012', 'MSc Computer Science');
    expect(doc.text).toMatch(/^2019 – present (\| )?Lead Data Engineer, Spotify, Stockholm$/m);
    for (const [label, text] of MODERNCV_ITEMS) expectDateWithRole(lines, label, text);
    expect(doc.text).toMatch(/^Languages (\| )?Swedish \(native\), English \(fluent\)$/m);
  });

  it('a real sidebar of short lines on the same line grid as the main column is still a column', () => {
    // 24 main lines; a 14-line skills sidebar beside the first 14, every baseline shared.
    const items: PdfTextItem[] = [item(40, 780, 'Jane Roe, Senior Backend Engineer, jane@example.com, +1 555 0100', 12)];
    const main = [...LOREM, ...LOREM.slice(0, 10)];
    const skills = ['SKILLS', 'Go', 'Python', 'TypeScript', 'PostgreSQL', 'Kafka', 'Kubernetes', 'Terraform', 'AWS', 'GCP',
      'LANGUAGES', 'English', 'Spanish', 'German'];
    main.forEach((t, i) => {
      items.push(item(40, 740 - i * 14, `${t}, in production.`));
      if (i < skills.length) items.push(item(400, 740 - i * 14, `${skills[i]!} (4 years)`));
    });
    const page = layoutPage(items);
    expect(page.columns).toBe(2);
    const text = page.lines.join('\n');
    expect(text.indexOf('SKILLS')).toBeGreaterThan(text.indexOf('Automated releases with Terraform, in production.'));
  });

  it('a date column beside a real column of text: isDateLike', () => {
    for (const d of ['Jan 2020 – Present', '2016 – 2019', '03/2019 – 06/2021', 'seit 04/2021', 'Sep. 2023 – Mar. 2024',
      '2019 – present', 'Summer 2018', 'Berlin, 2019', '01.03.2019 – 31.12.2020', 'März 2018 – heute']) {
      expect(isDateLike(d), d).toBe(true);
    }
    for (const d of ['Senior Backend Engineer', 'Python, Go, 2019 projects and more stuff', 'Languages', 'B.Sc. Computer Science 2019']) {
      expect(isDateLike(d), d).toBe(false);
    }
  });
});
