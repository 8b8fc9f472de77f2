export interface ResumeSection {
  /** Canonical kind when recognised ("experience", "skills", ...), else "other". */
  kind: SectionKind;
  /** The heading as written, cleaned ("WORK EXPERIENCE", "E X P E R I E N C E" -> "EXPERIENCE"). */
  heading: string;
  lines: string[];
}

export type SectionKind =
  | 'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'certifications'
  | 'awards' | 'publications' | 'languages' | 'interests' | 'volunteering' | 'contact' | 'references' | 'other';

export interface ExperienceEntry {
  /** The line the dates were found on, and the lines that describe the role. */
  title: string | null;
  /** Month index since year 0 (year * 12 + month - 1); end null = present. */
  start: number;
  end: number | null;
  present: boolean;
}

export interface Bullet {
  text: string;
  hasNumber: boolean;
  /** The leading word when it is a recognised action verb. */
  actionVerb: string | null;
  words: number;
}

/** A parsed resume: everything the analysis reads, and what the bot stores (never the raw file). */
export interface Resume {
  text: string;
  name: string | null;
  /** The most recent job title found (headline or first experience entry). */
  headline: string | null;
  titles: string[];
  contact: { email: string | null; phone: string | null; links: string[] };
  sections: ResumeSection[];
  experience: ExperienceEntry[];
  /** The month "Present" meant when the resume was read (month index, like ExperienceEntry.start). */
  asOf?: number;
  /** Whole professional years, overlaps merged, rounded to one decimal; null when no dated role. */
  experienceYears: number | null;
  bullets: Bullet[];
  wordCount: number;
  pages: number;
  layout: { columns: number; tables: boolean; images: boolean; headerFooterText: boolean };
}
