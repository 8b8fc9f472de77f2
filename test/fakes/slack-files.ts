/**
 * Slack's external file upload, as the fake runs it (https://docs.slack.dev/reference/methods/files.getuploadurlexternal
 * and files.completeuploadexternal): getUploadURLExternal needs a filename and a whole-number length and
 * answers an upload URL and a file id; the bytes are POSTed to that URL (raw or as multipart); completing
 * needs a `files` array naming issued, uploaded ids. Both methods need the files:write scope.
 */
import type { IncomingMessage } from 'node:http';
import { isUpload, readMultipart } from './multipart.js';

export interface SlackUpload {
  fileId: string;
  filename: string;
  length: number;
  altText: string | undefined;
  bytes?: Uint8Array;
  /** Set by files.completeUploadExternal. */
  completed?: { channelId: string | undefined; threadTs: string | undefined; title: string | undefined; initialComment: string | undefined };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export const UPLOAD_METHODS = new Set(['files.getUploadURLExternal', 'files.completeUploadExternal']);

export class SlackFileUploads {
  readonly uploads: SlackUpload[] = [];
  private next = 1;

  constructor(private readonly origin: () => string) {}

  /** The Web API answer for one of UPLOAD_METHODS. */
  answer(method: string, params: Json): Json {
    if (method === 'files.getUploadURLExternal') {
      const length = Number(params.length);
      if (typeof params.filename !== 'string' || params.filename === '' || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
      const fileId = `F${String(this.next++).padStart(8, '0')}`;
      this.uploads.push({ fileId, filename: params.filename, length, altText: params.alt_text });
      return { ok: true, upload_url: `${this.origin()}/upload/${fileId}`, file_id: fileId };
    }
    let files: unknown = params.files;
    if (typeof files === 'string') { try { files = JSON.parse(files); } catch { return { ok: false, error: 'invalid_arguments' }; } }
    if (!Array.isArray(files) || files.length === 0) return { ok: false, error: 'invalid_arguments' };
    const done: Json[] = [];
    for (const f of files as Json[]) {
      const upload = this.uploads.find((u) => u.fileId === f.id);
      if (!upload?.bytes) return { ok: false, error: 'file_not_found' };
      upload.completed = { channelId: params.channel_id, threadTs: params.thread_ts, title: f.title, initialComment: params.initial_comment };
      done.push({ id: upload.fileId, name: upload.filename, title: f.title ?? upload.filename, size: upload.bytes.byteLength });
    }
    return { ok: true, files: done };
  }

  /** POST /upload/<file_id>: stores the bytes; 404 for an id that was never issued. */
  receive(fileId: string, req: IncomingMessage, raw: Buffer): { status: number; text: string } {
    const upload = this.uploads.find((u) => u.fileId === fileId);
    if (!upload) return { status: 404, text: 'not found' };
    const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const part = multipart ? Object.values(readMultipart(req, raw)).find(isUpload) : undefined;
    const bytes = multipart ? part?.bytes : new Uint8Array(raw);
    if (!bytes || bytes.byteLength === 0) return { status: 400, text: 'no file data' };
    upload.bytes = bytes;
    return { status: 200, text: `OK - ${bytes.byteLength}` };
  }
}
