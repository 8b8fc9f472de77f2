/**
 * Lazy file download: getFile, then fetch(file.getUrl()). (@grammyjs/files' file.download() uses
 * https.get and fails against an http:// API root, so plain fetch is used for both.)
 */
import type { Api } from 'grammy';
import type { FileApiFlavor } from '@grammyjs/files';
import { DocumentError } from '../../src/documents/errors.js';
import type { FileFetcher } from './events.js';
import { readLimited } from '../shared/read-limited.js';

function tooLarge(maxBytes: number): DocumentError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new DocumentError('too-large', `That file is larger than ${mb} MB. Send a smaller PDF, DOCX or TXT.`);
}

export function createFileFetcher(api: FileApiFlavor<Api>, maxBytes: number): FileFetcher {
  return async (fileId, announcedSize) => {
    // The core checks the announced size first; this keeps the adapter safe on its own.
    if (announcedSize !== null && announcedSize > maxBytes) throw tooLarge(maxBytes);
    const file = await api.getFile(fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) throw tooLarge(maxBytes);
    const response = await fetch(file.getUrl());
    if (!response.ok || !response.body) throw new Error(`Telegram file download failed: HTTP ${response.status}`);
    // Never trust the metadata alone: stop reading past the limit.
    const bytes = await readLimited(response.body, maxBytes);
    if (!bytes) throw tooLarge(maxBytes);
    return bytes;
  };
}
