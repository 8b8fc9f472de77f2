/**
 * "EMR" is Amazon's big-data service to a data engineer ("AWS (Lambda, EMR, Redshift)") and the
 * electronic medical record to a clinic ("MS Office, EMR, Epic"). The lexicon's `senses` say which
 * neighbours on the same line give a spelling its first meaning; without them it has the other.
 */
import type { Lexicon } from './lexicon.js';

export function inTheirSense<H extends { id: string; surface: string; line: number }>(hits: H[], lexicon: Lexicon): H[] {
  if (lexicon.senses.length === 0) return hits;
  let out: H[] | null = null;
  hits.forEach((hit, i) => {
    const sense = lexicon.senses.find((s) => s.from === hit.id && s.spelling === hit.surface);
    if (!sense) return;
    const near = new Set(sense.near);
    const beside = hits.some((o) => o !== hit && o.line === hit.line && (near.has(o.id) || lexicon.implied(o.id).some((id) => near.has(id))));
    if (!beside) (out ??= [...hits])[i] = { ...hit, id: sense.to };
  });
  return out ?? hits;
}
