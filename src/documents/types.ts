export type DocumentKind = 'pdf' | 'docx' | 'text';

export interface ExtractLimits {
  /** Refuse larger inputs before parsing (default 10 MB). */
  maxBytes: number;
  /** Refuse PDFs with more pages (default 20). */
  maxPages: number;
  /** Give up after this long (default 15 s). */
  timeoutMs: number;
  /** Refuse DOCX whose parts inflate beyond this (zip bombs; default 50 MB). */
  maxUnzippedBytes: number;
}

/** What the rest of the core needs from a document: clean text plus layout facts for readiness checks. */
export interface ExtractedDocument {
  kind: DocumentKind;
  /** Normalised text: NFKC, no private-use glyphs or soft hyphens, lines in reading order, columns read one after another. */
  text: string;
  /** Pages (PDF), or an estimate from the word count for DOCX/text. */
  pages: number;
  layout: {
    /** Columns detected on the page with most of them (1 = single column). */
    columns: number;
    /** Content laid out in tables (DOCX tables; an ATS may scramble them). */
    tables: boolean;
    /** Images present (photos, icons, charts) that an ATS ignores. */
    images: boolean;
    /** Contact details read from a DOCX header/footer, which many ATS skip. */
    headerFooterText: boolean;
  };
}
