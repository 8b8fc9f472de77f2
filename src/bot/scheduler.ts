/**
 * Fair scheduling of heavy work (document reading and analysis) across people:
 * - at most `concurrency` tasks run at once (the pool's threads), so a task handed to the pool
 *   starts at once and its time limit measures the work, never the wait;
 * - one task per person at a time: ten PDFs from one person queue behind each other;
 * - round robin across people: the next free slot goes to the person who waited longest for a
 *   turn, so one person's burst does not delay anyone else's single resume;
 * - a bounded queue: past `maxQueued` waiting tasks the answer is BusyError ("try again in a minute")
 *   at once, rather than a wait that ends in a timeout blamed on the file.
 */

export class BusyError extends Error {
  constructor() {
    super('analysis queue full');
    this.name = 'BusyError';
  }
}

export function isBusyError(error: unknown): error is BusyError {
  return error instanceof BusyError;
}

export interface SchedulerOptions {
  concurrency: number;
  maxQueued: number;
}

interface Job {
  start: () => void;
}

export class FairScheduler {
  /** Waiting jobs per person. */
  private readonly lanes = new Map<string, Job[]>();
  /** People with waiting jobs and nothing running, in the order their turn comes. */
  private turns: string[] = [];
  private readonly busy = new Set<string>();
  private running = 0;
  private waiting = 0;

  constructor(private readonly options: SchedulerOptions) {}

  /** Tasks waiting for a slot (for metrics and tests). */
  get queued(): number { return this.waiting; }
  get active(): number { return this.running; }

  run<T>(owner: string, work: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.options.maxQueued) return Promise.reject(new BusyError());
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        start: () => {
          Promise.resolve().then(work).then(resolve, reject).finally(() => {
            this.running--;
            this.busy.delete(owner);
            // Back of the line for their next task, behind everyone who waited meanwhile.
            if (this.lanes.has(owner)) this.turns.push(owner);
            this.pump();
          });
        },
      };
      const lane = this.lanes.get(owner);
      if (lane) lane.push(job);
      else {
        this.lanes.set(owner, [job]);
        if (!this.busy.has(owner)) this.turns.push(owner);
      }
      this.waiting++;
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.concurrency) {
      const owner = this.turns.shift();
      if (owner === undefined) return;
      const lane = this.lanes.get(owner)!;
      const job = lane.shift()!;
      if (lane.length === 0) this.lanes.delete(owner);
      this.waiting--;
      this.running++;
      this.busy.add(owner);
      job.start();
    }
  }
}
