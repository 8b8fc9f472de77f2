export interface JobPost {
  title: string | null;
  company: string | null;
  /** Lexicon skill ids under requirement headings (or the whole post when it has no such split). */
  required: string[];
  /** Lexicon skill ids under nice-to-have headings. */
  preferred: string[];
  /** Other weighted terms (TF-IDF), capped; lower-case phrases. */
  keywords: { term: string; weight: number }[];
  yearsRequired: number | null;
  /** The cleaned text the post was read from (kept so a stored post can be re-read by a newer lexicon). */
  text: string;
  /**
   * Skills offered as a choice ("Vitest or Jest", "AWS or GCP", "MySQL/PostgreSQL"): groups of ids,
   * each id also listed in required or preferred (a whole group on the same side), where any one
   * member satisfies the group. Absent when the post offers no choice.
   */
  alternatives?: string[][];
}
