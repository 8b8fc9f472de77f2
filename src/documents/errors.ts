/** Every way a document can fail to become text. The codes are part of the CLI's JSON contract. */
export const DOCUMENT_ERROR_CODES = [
  'unsupported-type', 'encrypted', 'corrupt', 'no-text', 'empty', 'too-large', 'too-many-pages', 'timeout',
  'sign-in-page',
] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/** A failure the job seeker can act on: `message` is written for them, never a stack trace. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message: string) {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
  }
}

export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof Error && (error as { name?: string }).name === 'DocumentError'
    && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * A DocumentError as plain data, for crossing a worker-thread boundary: structured clone keeps an
 * Error's message but drops its custom `code` and resets `name` to "Error" (checked on Node 20).
 */
export interface DocumentErrorPayload {
  code: DocumentErrorCode;
  message: string;
}

export function toDocumentErrorPayload(error: DocumentError): DocumentErrorPayload {
  return { code: error.code, message: error.message };
}

/** Rebuild the error on the receiving side; an unknown code becomes 'corrupt'. */
export function fromDocumentErrorPayload(payload: DocumentErrorPayload): DocumentError {
  const code = (DOCUMENT_ERROR_CODES as readonly string[]).includes(payload.code) ? payload.code : 'corrupt';
  return new DocumentError(code, payload.message);
}
