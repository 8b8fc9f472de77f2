/**
 * Sliding-window limit on analyses, one window per person. Kept in process memory on purpose:
 * it is not data about the person (only timestamps), it must survive `/ats forget`, and a burst
 * from one person touches only their own entry. With several instances the limit is per instance.
 */
export interface RateLimitOptions { max: number; windowMs: number }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private checks = 0;

  constructor(private readonly options: RateLimitOptions, private readonly now: () => number) {}

  /** Records one analysis for `key` when allowed. */
  take(key: string): RateDecision {
    const now = this.now();
    const since = now - this.options.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.options.max) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: recent[0]! + this.options.windowMs - now };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (++this.checks % 1000 === 0) this.sweep(since);
    return { allowed: true };
  }

  /** Gives back the last analysis taken (the text turned out to be chatter, not a document). */
  refund(key: string): void {
    this.hits.get(key)?.pop();
  }

  /** Drops people whose window has passed, so the map stays small. */
  private sweep(since: number): void {
    for (const [key, times] of this.hits) if (times.every((t) => t <= since)) this.hits.delete(key);
  }
}
