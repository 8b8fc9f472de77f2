/**
 * Let the event loop run (timers, other users' messages). pdf.js with its in-process "fake worker"
 * can chain promises through a whole document without ever reaching the timers phase, so without
 * this the time limit could not fire before the work was done anyway. Two turns of the check phase
 * guarantee that one timers phase ran in between.
 */
export async function yieldToEventLoop(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}
