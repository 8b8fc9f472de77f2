/**
 * SDK log lines reduced to what is safe to keep. SDK debug loggers write whole payloads (Bolt logs
 * every incoming body; Slack's WebClient logs request bodies and results, i.e. the reports that
 * quote a resume), so no SDK text reaches our logs as it is: only its leading phrase and, after a
 * colon, a bare code or method name ("An API error occurred: invalid_blocks").
 */
const PAYLOAD_START = /[{["'`\n]/;
const CODE = /^[\w.\-/()]{1,60}$/;
const MAX_PHRASE = 120;

export function safeSdkText(parts: unknown[]): string {
  const raw = parts.map((p) => (p instanceof Error ? p.name : typeof p === 'string' ? p : '[object]')).join(' ').trim();
  if (raw === '' || PAYLOAD_START.test(raw[0]!)) return '[payload omitted]';
  const apiCall = /^apiCall\('([\w.]+)'\) (start|end)$/.exec(raw); // method names are safe and useful
  if (apiCall) return `apiCall ${apiCall[1]} ${apiCall[2]}`;
  const colon = raw.indexOf(': ');
  const head = (colon >= 0 ? raw.slice(0, colon) : raw).split(PAYLOAD_START)[0]!.slice(0, MAX_PHRASE).trim();
  if (colon < 0) return head;
  const rest = raw.slice(colon + 2).trim();
  return CODE.test(rest) ? `${head}: ${rest}` : `${head}: […]`;
}
