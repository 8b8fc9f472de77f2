/** Piscina worker entry (compiled to dist/src/bot/analysis-worker.js). */
import { runTaskSafely, type AnalysisTask } from './analysis-tasks.js';

export default function work(task: AnalysisTask) {
  return runTaskSafely(task);
}
