/** The ATS modules, tried in turn; the first whose URL patterns match a link reads it. */
import { ashby } from './ashby.js';
import { greenhouse } from './greenhouse.js';
import { lever } from './lever.js';
import { recruitee } from './recruitee.js';
import { smartrecruiters } from './smartrecruiters.js';
import { workable } from './workable.js';
import type { Provider, ProviderMatch } from './types.js';

export type { Provider, ProviderMatch, ProviderPost } from './types.js';

export const PROVIDERS: readonly Provider[] = [greenhouse, lever, ashby, workable, smartrecruiters, recruitee];

export function matchProvider(url: URL): { provider: Provider; match: ProviderMatch } | null {
  for (const provider of PROVIDERS) {
    const match = provider.match(url);
    if (match) return { provider, match };
  }
  return null;
}
