/**
 * schema.org JobPosting in a page's JSON-LD: what job sites publish for search engines, so it is
 * the most reliable reading of any page that has it (title, hiringOrganization, description,
 * experienceRequirements, skills, ...).
 */
import type { PostParts } from './post-text.js';

type Json = Record<string, unknown>;

export interface JsonLdPosting extends PostParts {
  /** validThrough in the past: the posting is closed. */
  expired: boolean;
}

const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function isJobPosting(node: Json): boolean {
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** Every object in a JSON-LD value: arrays, @graph lists and nesting walked (bounded). */
function* nodes(value: unknown, depth = 0): Generator<Json> {
  if (depth > 6) return;
  if (Array.isArray(value)) for (const v of value) yield* nodes(v, depth + 1);
  else if (isObj(value)) {
    yield value;
    if (value['@graph'] !== undefined) yield* nodes(value['@graph'], depth + 1);
  }
}

/** A Text, a list of Text, or a thing with a name/description, as lines. */
function lines(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(lines);
  if (isObj(value)) {
    const months = typeof value.monthsOfExperience === 'number' ? value.monthsOfExperience : Number(value.monthsOfExperience);
    if (Number.isFinite(months) && months > 0) {
      const years = Math.round(months / 12);
      return [years >= 1 ? `${years}+ years of experience` : `${months}+ months of experience`, ...lines(value.description)];
    }
    return [text(value.name) ?? text(value.credentialCategory) ?? text(value.description)].filter((s): s is string => !!s);
  }
  const s = text(value);
  return s ? [s] : [];
}

function location(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isObj(first)) return text(first);
  const address = isObj(first.address) ? first.address : null;
  if (!address) return text(first.name);
  return [text(address.addressLocality), text(address.addressRegion), text(address.addressCountry) ?? text(isObj(address.addressCountry) ? address.addressCountry.name : null)]
    .filter(Boolean).join(', ') || null;
}

/** The first JobPosting in the page's ld+json scripts (their text contents), or null. */
export function findJobPosting(scripts: string[], now: Date): JsonLdPosting | null {
  for (const raw of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue; // a broken block among several is common; the others may still hold the posting
    }
    for (const node of nodes(parsed)) {
      if (!isJobPosting(node)) continue;
      const org = node.hiringOrganization;
      const company = isObj(org) ? text(org.name) : text(org);
      const listSection = (heading: string, value: unknown) => {
        const items = lines(value);
        return items.length ? [{ heading, text: items.map((i) => `- ${i}`).join('\n') }] : [];
      };
      const description = text(node.description);
      const validThrough = text(node.validThrough);
      const until = validThrough ? Date.parse(validThrough) : NaN;
      return {
        title: text(node.title),
        company,
        location: location(node.jobLocation),
        expired: Number.isFinite(until) && until < now.getTime(),
        sections: [
          // Descriptions are HTML by the schema's own examples, though many sites send plain text.
          ...(description ? [/<[a-z]/i.test(description) ? { html: description } : { text: description }] : []),
          ...listSection('Responsibilities', node.responsibilities),
          ...listSection('Requirements', node.qualifications),
          ...listSection('Experience', node.experienceRequirements),
          ...listSection('Education', node.educationRequirements),
          ...listSection('Skills', node.skills),
        ],
      };
    }
  }
  return null;
}
