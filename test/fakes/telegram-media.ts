/**
 * The Bot API's rules for uploads, for the fake server: multipart/form-data bodies (grammY sends
 * one whenever an InputFile is attached) and sendPhoto's limits (https://core.telegram.org/bots/api#sendphoto):
 * a photo of at most 10 MB, width + height at most 10000, a side ratio of at most 20, a caption of
 * at most 1024 characters.
 */
import { isUpload, type UploadedFile } from './multipart.js';

export { isUpload, readMultipart, type UploadedFile } from './multipart.js';

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const CAPTION_MAX_CHARS = 1024;

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.byteLength < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The photo uploaded with this request: the file part itself or the part an attach://<name> points to. */
export function uploadedPhoto(body: Record<string, unknown>): UploadedFile | null {
  const photo = body.photo;
  const file = typeof photo === 'string' && photo.startsWith('attach://') ? body[photo.slice('attach://'.length)] : photo;
  return isUpload(file) ? file : null;
}

/** What Telegram answers for a sendPhoto it refuses, or null. */
export function photoRejection(body: Record<string, unknown>): string | null {
  if (body.chat_id === undefined) return 'Bad Request: chat_id is empty';
  if (body.photo === undefined) return 'Bad Request: there is no photo in the request';
  const file = uploadedPhoto(body);
  if (!file) return 'Bad Request: wrong file identifier/HTTP URL specified';
  if (file.bytes.byteLength > PHOTO_MAX_BYTES) return 'Bad Request: PHOTO_SAVE_FILE_INVALID';
  const size = pngSize(file.bytes);
  if (!size) return 'Bad Request: IMAGE_PROCESS_FAILED';
  if (size.width + size.height > 10_000 || Math.max(size.width, size.height) / Math.min(size.width, size.height) > 20) return 'Bad Request: PHOTO_INVALID_DIMENSIONS';
  if (typeof body.caption === 'string' && [...body.caption].length > CAPTION_MAX_CHARS) return 'Bad Request: message caption is too long';
  return null;
}
