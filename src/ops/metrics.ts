/**
 * Prometheus metrics (prom-client) for GET /metrics: analyses by outcome, latency, queue depth and
 * store errors, per platform. Labels are fixed small sets (platform, outcome codes), never user ids.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BotMetrics } from '../bot/types.js';

export interface OpsMetrics extends BotMetrics {
  readonly registry: Registry;
}

export function createMetrics(queue: () => { queued: number; running: number }): OpsMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ats_' });
  const handled = new Counter({
    name: 'ats_events_total', help: 'Inbound events handled, by platform and outcome (reply kind or error code)',
    labelNames: ['platform', 'outcome'] as const, registers: [registry],
  });
  const latency = new Histogram({
    name: 'ats_event_duration_seconds', help: 'Time from an event arriving in the core to its replies being ready',
    labelNames: ['platform'] as const, buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30], registers: [registry],
  });
  const storeErrors = new Counter({
    name: 'ats_store_errors_total', help: 'Store calls that failed or timed out, by operation and reason',
    labelNames: ['platform', 'op', 'reason'] as const, registers: [registry],
  });
  new Gauge({
    name: 'ats_queue_waiting', help: 'Uploads and pastes waiting for a worker', registers: [registry],
    collect() { this.set(queue().queued); },
  });
  new Gauge({
    name: 'ats_queue_running', help: 'Tasks running on the worker pool', registers: [registry],
    collect() { this.set(queue().running); },
  });
  return {
    registry,
    handled(platform, outcome, seconds) {
      handled.inc({ platform, outcome });
      latency.observe({ platform }, seconds);
    },
    storeError(platform, op, reason) {
      storeErrors.inc({ platform, op, reason });
    },
  };
}
