/**
 * Discord's rules for files sent with a message (https://discord.com/developers/docs/reference#uploading-files):
 * each in a `files[n]` part, at most 10 per message, at most 10 MiB each for a bot without boosts;
 * `attachments` in the JSON names them by that n (with the alt text as `description`, at most 1024
 * characters). (An embed may show one as its image through `attachment://<filename>`.)
 */
import type { UploadedFile } from './multipart.js';

export interface DiscordUpload extends UploadedFile { field: string }

export const MAX_FILES_PER_MESSAGE = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const invalidForm = (message: string) => ({ status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { detail: message } } });

/** Discord's answer for a message whose uploads break its rules, or null. */
export function uploadRejection(body: any): { status: number; body: unknown } | null {
  const files: DiscordUpload[] = Array.isArray(body?.files) ? body.files : [];
  if (files.length === 0) return null;
  if (files.length > MAX_FILES_PER_MESSAGE) return invalidForm(`at most ${MAX_FILES_PER_MESSAGE} files`);
  if (files.some((f) => !/^files\[\d+\]$/.test(f.field))) return invalidForm('file parts are named files[n]');
  if (files.some((f) => f.bytes.byteLength > MAX_FILE_BYTES)) return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
  const ids = new Set(files.map((f) => f.field.slice(6, -1)));
  for (const a of body.attachments ?? []) {
    if (!ids.has(String(a.id))) return invalidForm(`attachments[].id ${String(a.id)} has no files[${String(a.id)}] part`);
    if (typeof a.description === 'string' && a.description.length > 1024) return invalidForm('attachment description over 1024 characters');
  }
  return null;
}

/** The attachments of the message Discord creates from these uploads. */
export function uploadedAttachments(body: any, id: () => string): Record<string, unknown>[] {
  const files: DiscordUpload[] = Array.isArray(body?.files) ? body.files : [];
  return files.map((f) => {
    const meta = (body.attachments ?? []).find((a: any) => `files[${String(a.id)}]` === f.field);
    return {
      id: id(), filename: f.filename, size: f.bytes.byteLength, content_type: f.type, url: `https://cdn.invalid/${f.filename}`,
      proxy_url: `https://media.invalid/${f.filename}`, ...(meta?.description ? { description: meta.description } : {}),
      ...((body.flags ?? 0) & 64 ? { ephemeral: true } : {}),
    };
  });
}
