/** multipart/form-data bodies, for the fake platform servers (grammY, discord.js and Slack's upload URL send them). */
import type { IncomingMessage } from 'node:http';

export interface UploadedFile { filename: string; type: string; bytes: Uint8Array }

/**
 * A multipart body as the recorded call's body: string fields as sent, file parts as UploadedFile.
 * Parsed by hand, as leniently as the Bot API does: grammY writes `content-disposition:form-data;name="x"`
 * with no spaces and an unquoted filename, which the platform accepts and undici's strict parser refuses.
 */
export function readMultipart(req: Pick<IncomingMessage, 'headers'>, raw: Buffer): Record<string, string | UploadedFile> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(String(req.headers['content-type']));
  if (!boundary) throw new Error('multipart body without a boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const body: Record<string, string | UploadedFile> = {};
  let at = raw.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break; // the closing delimiter
    const next = raw.indexOf(delimiter, start);
    if (next === -1) throw new Error('multipart body without its closing delimiter');
    const part = raw.subarray(start + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const disposition = /content-disposition\s*:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(disposition);
    const filename = /\bfilename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(disposition);
    const type = /content-type\s*:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
    if (name) {
      const key = name[1] ?? name[2]!;
      body[key] = filename ? { filename: filename[1] ?? filename[2]!, type, bytes: new Uint8Array(content) } : content.toString('utf8');
    }
    at = next;
  }
  return body;
}

export function isUpload(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && 'bytes' in value && (value as UploadedFile).bytes instanceof Uint8Array;
}
