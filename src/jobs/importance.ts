/**
 * How much a requirement weighs by where a post states it. Calibrated on the labelled pairs in
 * test/fixtures/calibration (see docs/scoring.md); few numbers, each one a recruiter would name.
 */
import type { RequirementPlace } from './types.js';

export const PLACE_IMPORTANCE: Record<RequirementPlace, number> = {
  /** Named in the post's title ("Backend Developer - Python/Django"): the job itself. */
  title: 1.5,
  /** In the requirements / qualifications list. */
  required: 1,
  /** In the responsibilities, or in prose about the role when the post has no requirements list. */
  responsibilities: 0.5,
  /** In prose about the team or product next to a requirements list. */
  prose: 0.3,
  /** Nice to have. */
  preferred: 0.25,
};
/** "must", "strong", "expert in": a stressed requirement weighs this much more. */
export const STRESSED_MULTIPLIER = 1.5;
/** Each further sentence that names the requirement adds this share, up to REPEAT_BONUS_MAX. */
export const REPEAT_BONUS = 0.25;
export const REPEAT_BONUS_MAX = 0.5;
/** Soft skills and generic practices weigh this fraction of a hard skill. */
export const GENERIC_MULTIPLIER = 0.1;
