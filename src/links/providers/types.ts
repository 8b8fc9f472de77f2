/** What every ATS module provides: the URLs it recognises, and the public API call behind them. */

/** A posting as its provider's API describes it; the body stays HTML until html-text.ts reads it. */
export interface ProviderPost {
  title: string | null;
  company: string | null;
  location: string | null;
  /** The body in the provider's order, each part optionally under its own heading. */
  sections: { heading?: string; html: string }[];
}

export interface ProviderMatch {
  /** The public JSON endpoint (no key, no login) for this posting. */
  apiUrl: string;
  /** The posting out of the API's answer; null when the answer does not hold it (closed, unlisted). */
  read(json: unknown): ProviderPost | null;
}

export interface Provider {
  /** Shown to the person: "from Greenhouse". */
  name: string;
  /** The API call for a posting URL, or null when the URL is not one of this provider's postings. */
  match(url: URL): ProviderMatch | null;
}

type Json = Record<string, unknown>;

export function obj(value: unknown): Json | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Path segments without empty ones: '/acme/jobs/1/' -> ['acme', 'jobs', '1']. */
export function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
}

/** A slug or id safe to put back into an API path. */
export function safeSegment(value: string | undefined): string | null {
  return value !== undefined && /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(value) ? value : null;
}
