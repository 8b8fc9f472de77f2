/**
 * A post's skills as a recruiter reads them: requirements, each one met by any of its members, with
 * an importance from where and how the post states it. The score follows the core of the job, so
 * a long tail of passing mentions can neither sink a fitting resume nor lift an unfitting one.
 */
import type { SkillHit } from '../skills/matcher.js';
import type { Lexicon } from '../skills/lexicon.js';
import type { JobRequirement, RequirementPlace } from './types.js';
import {
  PLACE_IMPORTANCE, STRESSED_MULTIPLIER, REPEAT_BONUS, REPEAT_BONUS_MAX, GENERIC_MULTIPLIER,
} from './importance.js';
import { compareText } from '../text/compare.js';

/** Words that make a requirement a must ("strong Python", "expert in", "must have"). */
const STRESS = /\b(?:must|strong|strongly|deep|expert|expertise|essential|required|requires|proficien\w*|extensive|solid|advanced|mastery|fluent|fluency|hands-on|thorough|in-depth|significant)\b/i;

export interface PlacedHit { hit: SkillHit; place: RequirementPlace; sentence: string }

/** Mentions of each requirement (an alternatives group or a single skill) -> one weighted requirement. */
export function buildRequirements(placed: PlacedHit[], groups: string[][], lexicon: Lexicon): JobRequirement[] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => { if (!groupOf.has(id)) groupOf.set(id, i); }));
  // A skill stated on its own somewhere ("Python" in the title) is also a requirement of its own.
  const alone = new Set<string>();
  const acc = new Map<string, { anyOf: string[]; best: number; place: RequirementPlace; stressed: boolean; sentences: Set<string> }>();
  const add = (key: string, anyOf: string[], p: PlacedHit, inGroup: boolean) => {
    const stressed = STRESS.test(p.sentence) && p.place !== 'preferred';
    const value = PLACE_IMPORTANCE[p.place] * (stressed ? STRESSED_MULTIPLIER : 1);
    const entry = acc.get(key) ?? { anyOf, best: 0, place: p.place, stressed: false, sentences: new Set<string>() };
    if (value > entry.best) { entry.best = value; entry.place = p.place; }
    entry.stressed ||= stressed;
    entry.sentences.add(inGroup ? `${p.sentence}\u0001group` : p.sentence);
    acc.set(key, entry);
  };
  for (const p of placed) {
    const g = groupOf.get(p.hit.id);
    const group = g === undefined ? null : groups[g]!;
    if (group && isGroupMention(p, placed, group)) add(`g${g}`, group, p, true);
    else { alone.add(p.hit.id); add(p.hit.id, [p.hit.id], p, false); }
  }
  const out: JobRequirement[] = [];
  for (const e of acc.values()) {
    const mentions = e.sentences.size;
    const generic = e.anyOf.every((id) => lexicon.isGeneric(id));
    const repeat = 1 + Math.min(REPEAT_BONUS_MAX, REPEAT_BONUS * (mentions - 1));
    const importance = e.best * repeat * (generic ? GENERIC_MULTIPLIER : 1);
    out.push({ anyOf: e.anyOf, importance: Math.round(importance * 1000) / 1000, place: e.place, stressed: e.stressed, mentions, generic });
  }
  // Strongest first, so a reader (and the report) sees the core of the job first.
  return out.sort((a, b) => b.importance - a.importance || compareText(a.anyOf[0]!, b.anyOf[0]!));
}

/** A hit counts toward its group when a fellow member is named in the same sentence. */
function isGroupMention(p: PlacedHit, placed: PlacedHit[], group: string[]): boolean {
  return placed.some((o) => o !== p && o.sentence === p.sentence && o.hit.id !== p.hit.id && group.includes(o.hit.id));
}
