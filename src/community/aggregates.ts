/**
 * Anonymous aggregates per community: how many checks, the median score by role, the most common
 * missing skills. Each person (a keyed hash, never an id) keeps one entry per role they checked
 * against: their latest score and top missing skills, and when they checked. So one person checking
 * ten times is one person in every number except the count of checks, and nothing is ever shown
 * unless at least K_ANONYMITY_FLOOR distinct people contributed to it.
 */
import type { Platform } from '../bot/types.js';
import type { Report } from '../analysis/report.js';
import type { SharedState } from '../store/shared.js';
import { withCommunityLock } from './lock.js';
import type { PersonHash } from './person-hash.js';
import { communityKeys, type CommunityRecords } from './records.js';

/** No number is shown that fewer distinct people than this contributed to. */
export const K_ANONYMITY_FLOOR = 5;
/** The stats window: a week, or the bot's TTL when that is shorter (nothing outlives the TTL). */
export const STATS_WINDOW_MS = 7 * 24 * 3_600_000;
/** Missing skills kept per check: the report's costliest gaps. */
export const MISSING_PER_CHECK = 3;
/** Missing skills listed in /ats stats. */
export const TOP_MISSING = 5;
/** Check times kept per entry, so a scripted flood cannot grow the record without bound. */
const MAX_TIMES_PER_ENTRY = 500;
/** Role bucket for checks against a pasted job post with no role. */
export const JOB_POST_ROLE = { id: 'job-post', title: 'A pasted job post' } as const;

interface PersonEntry {
  /** The person's keyed hash. */
  p: string;
  role: string;
  roleTitle: string;
  score: number;
  missing: { id: string; name: string }[];
  times: number[];
}

interface Aggregate {
  keyId: string;
  entries: Record<string, PersonEntry>;
}

export interface CommunityRef { platform: Platform; communityId: string }

export type StatsSummary =
  | { enough: false; windowMs: number }
  | {
    enough: true;
    windowMs: number;
    checks: number;
    people: number;
    roles: { title: string; median: number; people: number }[];
    /** Roles that fewer than the floor checked against: counted, not shown. */
    hiddenRoles: number;
    missing: { name: string; people: number }[];
  };

export class CommunityStats {
  readonly windowMs: number;

  constructor(private readonly records: CommunityRecords, private readonly shared: SharedState) {
    this.windowMs = Math.min(STATS_WINDOW_MS, records.ttlMs);
  }

  async record(ref: CommunityRef, person: PersonHash, report: Report): Promise<void> {
    const now = this.records.now();
    const role = report.target.role ?? JOB_POST_ROLE.id;
    const roleTitle = report.target.roleTitle ?? JOB_POST_ROLE.title;
    const key = communityKeys.stats(ref.platform, ref.communityId);
    await withCommunityLock(this.shared, key, this.records.timeoutMs, async () => {
      const agg = this.fresh(await this.records.get<Aggregate>(key), person.keyId, now);
      const id = `${person.hash}|${role}`;
      const times = [...(agg.entries[id]?.times ?? []), now].slice(-MAX_TIMES_PER_ENTRY);
      agg.entries[id] = {
        p: person.hash, role, roleTitle, score: report.score, times,
        missing: report.skills.missing.slice(0, MISSING_PER_CHECK).map(({ id: skill, name }) => ({ id: skill, name })),
      };
      await this.records.set(key, agg);
    });
    // Which communities hold this person's entries, so /ats forget can find them (keyed by the hash too).
    const memberKey = communityKeys.memberOf(person.hash);
    const community = communityRefId(ref);
    await withCommunityLock(this.shared, memberKey, this.records.timeoutMs, async () => {
      const list = (await this.records.get<string[]>(memberKey)) ?? [];
      await this.records.set(memberKey, list.includes(community) ? list : [...list, community]);
    });
  }

  /** Removes one person's entries from every community they contributed to. */
  async forget(person: PersonHash): Promise<void> {
    const memberKey = communityKeys.memberOf(person.hash);
    const list = await this.records.get<string[]>(memberKey);
    if (!list) return; // never counted anywhere: nothing to write
    for (const community of list) {
      const ref = parseCommunityRefId(community);
      if (!ref) continue;
      const key = communityKeys.stats(ref.platform, ref.communityId);
      await withCommunityLock(this.shared, key, this.records.timeoutMs, async () => {
        const agg = await this.records.get<Aggregate>(key);
        if (!agg) return;
        const entries = Object.fromEntries(Object.entries(agg.entries).filter(([, e]) => e.p !== person.hash));
        if (Object.keys(entries).length === 0) await this.records.delete(key);
        else await this.records.set(key, { ...agg, entries });
      });
    }
    await this.records.delete(memberKey);
  }

  async summary(ref: CommunityRef, keyId: string): Promise<StatsSummary> {
    const agg = this.fresh(await this.records.get<Aggregate>(communityKeys.stats(ref.platform, ref.communityId)), keyId, this.records.now());
    const entries = Object.values(agg.entries);
    const people = new Set(entries.map((e) => e.p));
    if (people.size < K_ANONYMITY_FLOOR) return { enough: false, windowMs: this.windowMs };

    const byRole = new Map<string, PersonEntry[]>();
    for (const e of entries) byRole.set(e.role, [...(byRole.get(e.role) ?? []), e]);
    const shown = [...byRole.values()].filter((list) => list.length >= K_ANONYMITY_FLOOR); // one entry per person per role
    const roles = shown
      .map((list) => ({ title: list[0]!.roleTitle, median: median(list.map((e) => e.score)), people: list.length }))
      .sort((a, b) => b.people - a.people || a.title.localeCompare(b.title));

    // A skill counts once per person, whichever roles they checked against.
    const missingBy = new Map<string, { name: string; people: Set<string> }>();
    for (const e of entries) {
      for (const skill of e.missing) {
        const slot = missingBy.get(skill.id) ?? { name: skill.name, people: new Set<string>() };
        slot.people.add(e.p);
        missingBy.set(skill.id, slot);
      }
    }
    const missing = [...missingBy.values()]
      .map((s) => ({ name: s.name, people: s.people.size }))
      .sort((a, b) => b.people - a.people || a.name.localeCompare(b.name))
      .slice(0, TOP_MISSING);

    return {
      enough: true,
      windowMs: this.windowMs,
      checks: entries.reduce((n, e) => n + e.times.length, 0),
      people: people.size,
      roles,
      hiddenRoles: byRole.size - shown.length,
      missing,
    };
  }

  /** The aggregate as of `now`: checks outside the window dropped; made under another hash key, started afresh. */
  private fresh(agg: Aggregate | undefined, keyId: string, now: number): Aggregate {
    if (!agg || agg.keyId !== keyId) return { keyId, entries: {} };
    const since = now - this.windowMs;
    const entries: Record<string, PersonEntry> = {};
    for (const [id, e] of Object.entries(agg.entries)) {
      const times = e.times.filter((t) => t > since);
      if (times.length > 0) entries[id] = { ...e, times };
    }
    return { keyId, entries };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

const SEP = '\u0000';
function communityRefId(ref: CommunityRef): string {
  return `${ref.platform}${SEP}${ref.communityId}`;
}
function parseCommunityRefId(id: string): CommunityRef | null {
  const at = id.indexOf(SEP);
  if (at < 0) return null;
  return { platform: id.slice(0, at) as Platform, communityId: id.slice(at + 1) };
}
