export type Band = 'strong' | 'close' | 'needs-work';

export interface SkillRef { id: string; name: string }

export interface MissingSkill extends SkillRef {
  required: boolean;
  /** Share of the match score this skill would add, in points. */
  cost: number;
  /** Where to add it: the Skills section, or proven in a bullet (the role's own bullet pattern). */
  where: string;
  /** For a requirement any one of several skills meets ("such as Python, Ruby or Java"): their names. */
  members?: string[];
}

export interface ReadinessCheck {
  id: string;
  passed: boolean;
  message: string;
  fix: string | null;
}

/** A bullet quoted from the resume with what to change, in the guide's pattern. */
export interface BulletFix { bullet: string; problems: string[]; suggestion: string }

export interface Report {
  version: string;
  score: number;
  readiness: number;
  band: Band;
  target: {
    role: string | null;
    roleTitle: string | null;
    /** True when no role or job was given and the role was inferred from the resume's titles. */
    roleInferred: boolean;
    /** `otherTitles`: other names the post gives the job (empty when none); a resume titled with any matches. */
    job: { title: string | null; otherTitles: string[]; company: string | null; yearsAsked: number | null } | null;
  };
  /** Points per component, to answer "why this score?" (see docs/scoring.md). */
  breakdown: { label: string; earned: number; possible: number; detail: string }[];
  skills: {
    found: SkillRef[];
    matched: SkillRef[];
    /** Matched through a synonym or an implied skill: what the target said vs what the resume says. */
    synonyms: { id: string; name: string; resumeSays: string }[];
    missing: MissingSkill[];
    /** Soft skills and generic practices the target mentions: counted lightly, shown apart. */
    alsoMentioned: { id: string; name: string; matched: boolean }[];
  };
  keywords: { matched: string[]; missing: string[] };
  contact: { email: string | null; phone: string | null; links: string[] };
  experienceYears: number | null;
  checks: ReadinessCheck[];
  bulletFixes: BulletFix[];
  summary: string;
  resume: { name: string | null; headline: string | null; words: number; pages: number; sections: string[] };
}
