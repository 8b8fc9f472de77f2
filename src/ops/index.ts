/** Operations endpoints and metrics; loaded by main.ts only when OPS_PORT is set. */
export { createMetrics, type OpsMetrics } from './metrics.js';
export { startOpsServer, type OpsServer, type ReadyCheck } from './server.js';
