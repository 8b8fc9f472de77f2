/** normalizeText, sniffKind and the PDF layout rules, on small inputs built in the test. */
import { describe, expect, it } from 'vitest';
import { extractDocument, normalizeText, sniffKind } from '../src/documents/index.js';
import { layoutPage, type PdfTextItem } from '../src/documents/pdf-layout.js';
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
