// A stand-in analysis worker for queueing tests: every task takes SLOW_TASK_MS of real work (a busy
// wait, so it occupies its thread like a heavy PDF) and reads as "not a resume".
const ms = Number(process.env.SLOW_TASK_MS ?? 300);
export default function work(task) {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* busy */ }
  const read = { kind: 'other' };
  return { ok: true, value: task.kind === 'read-analyze' ? { read, report: null } : read };
}
