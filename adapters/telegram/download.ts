/**
 * Lazy file download: getFile, then fetch(file.getUrl()). (@grammyjs/files' file.download() uses
 * https.get and fails against an http:// API root, so plain fetch is used for both.)
 */
import { GrammyError, type Api } from 'grammy';
import type { FileApiFlavor } from '@grammyjs/files';
import { DocumentError } from '../../src/documents/errors.js';
import type { FileFetcher } from './events.js';
import { readLimited } from '../shared/read-limited.js';

/** The Bot API's getFile serves files up to 20 MB; larger ones cannot be downloaded at all. */
export const TELEGRAM_GETFILE_MAX_BYTES = 20 * 1024 * 1024;

function tooLarge(maxBytes: number): DocumentError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  const why = maxBytes >= TELEGRAM_GETFILE_MAX_BYTES ? ' (the most Telegram lets bots download)' : '';
  return new DocumentError('too-large', `That file is larger than ${mb} MB${why}. Send a smaller PDF, DOCX or TXT.`);
}

export function createFileFetcher(api: FileApiFlavor<Api>, limitBytes: number): FileFetcher {
  const maxBytes = Math.min(limitBytes, TELEGRAM_GETFILE_MAX_BYTES);
  return async (fileId, announcedSize) => {
    // Refused from the metadata: getFile would fail anyway above 20 MB, and the core's own limit may be higher.
    if (announcedSize !== null && announcedSize > maxBytes) throw tooLarge(maxBytes);
    let file;
    try {
      file = await api.getFile(fileId);
    } catch (error) {
      if (error instanceof GrammyError && /file is too big/i.test(error.description)) throw tooLarge(maxBytes);
      throw error;
    }
    if (file.file_size !== undefined && file.file_size > maxBytes) throw tooLarge(maxBytes);
    const response = await fetch(file.getUrl());
    if (!response.ok || !response.body) throw new Error(`Telegram file download failed: HTTP ${response.status}`);
    // Never trust the metadata alone: stop reading past the limit.
    const bytes = await readLimited(response.body, maxBytes);
    if (!bytes) throw tooLarge(maxBytes);
    return bytes;
  };
}
