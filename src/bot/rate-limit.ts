/**
 * Sliding-window limit on analyses, one window per person, kept in the shared state: in Redis with
 * several instances (each would otherwise allow the full limit), in memory for one process. Not
 * data about the person (only timestamps under their id), so it survives `/ats forget`.
 */
import { withDeadline } from '../store/errors.js';
import type { RateDecision, SharedState } from '../store/shared.js';

export interface RateLimitOptions { max: number; windowMs: number }

export type { RateDecision };

export class RateLimiter {
  /** The last use taken per key in this process, so it can be refunded. */
  private readonly last = new Map<string, string>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
    private readonly state: SharedState,
    private readonly timeoutMs: number,
  ) {}

  /** Records one analysis for `key` when allowed. */
  async take(key: string): Promise<RateDecision> {
    const decision = await withDeadline('write', this.timeoutMs,
      () => this.state.take(`rate:${key}`, this.now(), this.options.max, this.options.windowMs));
    if (decision.allowed) this.last.set(key, decision.id);
    return decision;
  }

  /** Gives back the last analysis taken (chatter, or turned away as busy). Best effort. */
  async refund(key: string): Promise<void> {
    const id = this.last.get(key);
    if (id === undefined) return;
    this.last.delete(key);
    await withDeadline('write', this.timeoutMs, () => this.state.refund(`rate:${key}`, id)).catch(() => {});
  }
}
