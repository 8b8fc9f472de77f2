/** Where a post states a requirement: it decides how much the requirement weighs. */
export type RequirementPlace = 'title' | 'required' | 'responsibilities' | 'prose' | 'preferred';

/** One thing the post asks for, met by any of its members ("such as Python, Ruby or Java"). */
export interface JobRequirement {
  /** Lexicon ids; any one of them meets the requirement. */
  anyOf: string[];
  /** Relative weight from where and how the post states it (src/jobs/importance.ts). */
  importance: number;
  /** The weightiest place it is stated. */
  place: RequirementPlace;
  /** Stated with "must", "strong", "expert in"... */
  stressed: boolean;
  /** Sentences that name it. */
  mentions: number;
  /** A soft skill or generic practice: weighs a fraction of a hard skill, shown apart. */
  generic: boolean;
}

export interface JobPost {
  title: string | null;
  /**
   * Other names the post gives the job ("QA Engineer (Junior Developer / Bug Tester)", "This is a
   * system manager job"): a resume titled with any of them matches. Absent when there are none.
   */
  otherTitles?: string[];
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
  /** The post's requirements, weightiest first. Absent on posts stored before scoring 2.0. */
  requirements?: JobRequirement[];
}
