// A stand-in analysis worker that names the thread it ran on: each task busy-waits 200 ms (so
// overlapping tasks need a thread each) and reads as "not a resume".
import { threadId } from 'node:worker_threads';
export default function work() {
  const until = Date.now() + 200;
  while (Date.now() < until) { /* busy */ }
  return { ok: true, value: { kind: 'other', threadId } };
}
