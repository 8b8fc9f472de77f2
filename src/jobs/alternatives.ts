import type { SkillHit } from '../skills/matcher.js';
import type { Lexicon } from '../skills/lexicon.js';
import { BULLET_MARKER_RE } from '../text/bullet-marker.js';

/** Words that introduce examples of one need rather than a list of needs. */
const EXAMPLE_WORDS = /(?:\bsuch\s+as|\be\.\s?g\.?|\bi\.\s?e\.?|\blike|\bincluding|\binclude|\bincludes|\bfor\s+(?:example|instance)|\bnamely|\bone\s+of|\bany\s+of)[\s,:]*$/i;
/**
 * "Degree in communications, journalism, public relations, or equivalent experience", "a bachelor's
 * degree in accounting, finance or economics": fields of study joined by "or" are a choice, any one
 * will do, with plain words among the names the lexicon knows ("a background in analytics and data
 * visualization" asks both).
 */
const DEGREE_FIELDS = /\b(?:degree|diploma|qualification|major)\s+in\s+(?:[\p{L}&'-]+(?:\s+[\p{L}&'-]+){0,3}\s*,\s*)*(?:(?:or|and)\s+)?$/iu;
function afterDegreeIn(text: string, at: number): boolean {
  return DEGREE_FIELDS.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}
/** An open parenthesis before the list: "(Kafka, RabbitMQ)". */
const OPEN_PAREN = /\([^()]*$/;

/** "message queues (Kafka, RabbitMQ)", "cloud (e.g. AWS)": the concept is met by any example too. */
const PAREN_AFTER_CONCEPT = /^\s*\(\s*(?:e\.\s?g\.?,?|i\.\s?e\.?,?|such\s+as|like|including|for\s+example,?)?\s*$/i;
/**
 * "graphic design tools (Canva, ...)", "Content Management Systems (Jekyll, GitHub)": a few plain
 * words may stand between the concept and its parenthesis, and names the lexicon does not know
 * may open the list.
 */
function parenAfterConcept(gap: string): boolean {
  // Only a parenthesis opens such a list (and the end-anchored name pattern below is slow to fail).
  if (!gap.includes('(')) return false;
  return PAREN_AFTER_CONCEPT.test(gap.replace(/^\s*(?:[a-z]+\s+){1,3}(?=\()/, '').replace(/(?:\p{Lu}[\p{L}\p{N}.+#'-]*\s*,\s*)+$/u, ''));
}

/** "X or another framework (A, B)", "X or a similar tool such as A": X is one of the examples. */
const OR_ANOTHER = /^\s*(?:,\s*)?or\s+(?:another|any\s+other|other|a\s+similar|similar|an?\s+equivalent|equivalent|comparable|a\s+comparable)\b[^.;()]*(?:\(\s*(?:e\.\s?g\.?,?|such\s+as|like|including)?|such\s+as|like|including|e\.\s?g\.?,?)\s*$/i;

/**
 * "Javascript, Ruby, Python and/or demonstration of work across different languages", "Python,
 * Java, or another language": the names are examples of what the sentence goes on to ask.
 */
const OR_OTHERS_AFTER = /^\s*,?\s*(?:and\/)?or\s+(?:another|any\s+others?|others?|similar|an?\s+equivalent|equivalent|comparable|a\s+comparable|demonstrat\w*|proven)\b/i;

/** "Jest, Karma, Mocha, Cypress etc", "Figma, Sketch and the like": an open list gives examples of one need. */
const OPEN_ENDED_AFTER = /^\s*,?\s*(?:etc\b\.?|&c\b|and\s+so\s+on\b|and\s+the\s+like\b|and\s+similar\b)/i;

/** ", Loom, ": names the lexicon does not know (up to three), inside a list of names it does ("Slack, Loom, Trello"). */
const UNKNOWN_MEMBER = /^(?:\s*,\s*\p{Lu}[\p{L}\p{N}.+#'-]*(?:\s+\p{Lu}[\p{L}\p{N}.+#'-]*)?){1,3}\s*,\s*(?:or\s+|and\s+)?$/u;
/** ", basic ": a plain word or two before the next example inside a parenthesis ("(Canva, Adobe suite, basic photo editing)"). */
const MODIFIED_MEMBER = /^\s*,\s*(?:and\s+|or\s+)?(?:[a-z]+\s+){1,2}$/;
/** Is a position inside an open parenthesis on its line? */
function insideParens(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const open = text.lastIndexOf('(', at);
  return open >= lineStart && text.lastIndexOf(')', at) < open;
}
/** "Experience with some of the following:": each line of the list below is a choice of its own. */
const SOME_OF_FOLLOWING = /\b(?:some|any|one\s+or\s+more|at\s+least\s+(?:one|some)|a\s+few|several|a\s+combination)\s+of\s+(?:the\s+)?(?:following|these|below)\b[^:]{0,40}:\s*$/i;
/**
 * The line a list item's list hangs from: back over the items before it to the nearest line that
 * ends in a colon (a flattened list keeps its lead-in as an item: "- Experience with some of the following:").
 */
function listLeadIn(text: string, at: number): string | null {
  let end = text.lastIndexOf('\n', at - 1);
  if (!BULLET_MARKER_RE.test(text.slice(end + 1, at))) return null;
  for (let k = 0; k < 12 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/:\s*$/.test(line)) return line;
    if (!BULLET_MARKER_RE.test(line)) return null;
    end = start - 1;
  }
  return null;
}
/** "- Databases: MongoDB, Postgres, DynamoDB or others": a labelled line names the kind its list is of. */
const LABELLED = /^\s*(?:[-*•·▪◦●+]\s*)?\p{L}[\p{L} &/-]{1,40}:\s*$/u;

/** What a sentence that makes a list a choice must contain ("... at least one of those"). */
const ONE_OF_THOSE = /\bone\s+(?:or\s+more\s+)?of\s+(?:those|these|them|the\s+above|which)\b/i;

/**
 * Skills offered as alternatives: "Vitest or Jest", "AWS or GCP", "Snowflake/BigQuery". Two names
 * joined by "or" are always a choice; a longer comma list ending in "or" joins only the names of
 * the same kind ("Python, PyTorch or TensorFlow": Python is asked, then one of two libraries), and
 * so does a slash ("Kotlin / Android" names two things, "MySQL/PostgreSQL" one of two).
 */
export function alternativeGroups(hits: SkillHit[], text: string, lexicon: Lexicon): string[][] {
  const groups: string[][] = [];
  const category = (id: string) => lexicon.get(id)?.category;
  let chain: { hit: SkillHit; gap: string }[] = [];
  /** The last name before the chain: the concept a parenthesised list gives examples of. */
  let concept: SkillHit | null = null;
  const flush = () => {
    // "at least one of: AWS, GCP, Azure" makes the whole list one choice.
    const first = chain[0]!.hit;
    // The lead may start on the line before when the post is hard-wrapped mid-sentence.
    const lineStart = text.lastIndexOf('\n', first.start - 1);
    const from = /[.;:]\s*$|^\s*$/.test(text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart)) ? lineStart + 1 : text.lastIndexOf('\n', lineStart - 1) + 1;
    const lead = (text.slice(from, first.start).replace(/\n/g, ' ').split(/(?<!\b(?:e\.g|i\.e|etc|vs|incl|e\.\s?g|i\.\s?e))[.;]\s/).pop() ?? '');
    /** The lead on the first name's own line: a label ("- Databases: ") is one line's. */
    const ownLead = text.slice(lineStart + 1, first.start);
    const last = chain[chain.length - 1]!.hit;
    const after = text.slice(last.end, last.end + 160);
    const others = OR_OTHERS_AFTER.exec(after);
    const choice = /\b(?:(?:at\s+least\s+)?one(?:\s+or\s+more)?|any)\s+of\b[^.;,]{0,60}$|\beither\s*$/i.test(lead)
      || /\bat\s+least\s+one\b[^.;,]{0,60}$/i.test(lead)
      || ((others !== null || OPEN_ENDED_AFTER.test(after)) && (new Set(chain.map((c) => category(c.hit.id))).size === 1 || LABELLED.test(ownLead)))
      || SOME_OF_FOLLOWING.test(listLeadIn(text, first.start) ?? '')
      // "... are Ruby, Python and Go. You should have experience with at least one of those."
      // (The bare "one of those" first: the full pattern backtracks through every split of 120 characters.)
      || (ONE_OF_THOSE.test(after) && /^[^.;]{0,40}[.;]?\s*[^.;]{0,80}\b(?:at\s+least\s+)?one\s+(?:or\s+more\s+)?of\s+(?:those|these|them|the\s+above|which)\b/i.test(after));
    // "languages such as Python, Ruby or Java", "finance systems (e.g. Oracle, SAP)": examples of one need.
    // A bare parenthesis after a plain noun lists what that is made of when its names are of three
    // or more kinds: "technical knowledge (JavaScript, React, StoryBook, CSS, Git)" asks them all.
    const conceptParen = concept !== null && parenAfterConcept(text.slice(concept.end, first.start));
    const bareParen = OPEN_PAREN.test(lead) && !EXAMPLE_WORDS.test(lead.slice(lead.lastIndexOf('(') + 1));
    const listsParts = bareParen && !conceptParen && new Set(chain.map((c) => category(c.hit.id))).size >= 3;
    const degreeChoice = afterDegreeIn(text, first.start) && (chain.some((c) => /\bor\b/i.test(c.gap)) || /^\s*,?\s*or\b/i.test(after));
    const examples = (EXAMPLE_WORDS.test(lead) || OPEN_PAREN.test(lead) || degreeChoice) && !listsParts;
    if ((chain.length > 1 && choice) || examples) {
      const members = chain.map((c) => c.hit);
      // "- Containers: Docker, Kubernetes": the label is the kind, met by any of the names under it.
      if (LABELLED.test(ownLead)) members.unshift(...hits.filter((h) => h.start >= first.start - ownLead.length && h.end <= first.start));
      // On the post's first line, its title, a parenthesis names the stack: "Backend Developer (Node.js)".
      if (conceptParen && concept!.line > 0) members.unshift(concept!);
      // "VueJS or another modern JavaScript framework (React, Angular, Ember)": Vue is one of them.
      const before = hits.filter((h) => h.start < first.start && first.start - h.start < 200);
      for (const h of before) {
        if (OR_ANOTHER.test(text.slice(h.end, first.start))) members.unshift(h);
      }
      // "cucumber, gherkin or other similar BDD tools": the kind the sentence names is met by them too.
      if (others) {
        const from = last.end + others[0].length;
        const named = hits.find((h) => h.start >= from && h.start - from <= 24 && h.line === last.line && category(h.id) === category(last.id));
        if (named && !/[.;,]/.test(text.slice(from, named.start))) members.push(named);
      }
      const ids = [...new Set(members.map((h) => h.id))];
      if (ids.length > 1) groups.push(ids);
      chain = [];
      return;
    }
    chain.forEach((c, k) => {
      if (k === 0) return;
      const a = chain[k - 1]!.hit;
      const b = c.hit;
      let group: SkillHit[] = [];
      if (/\bor\b/i.test(c.gap)) {
        group = [a, b];
        // Names before "a" joined by commas count when they are of the kind of the two around "or";
        // when those two differ in kind the list is a mixed "any of these", and all count.
        const mixed = category(a.id) !== category(b.id);
        for (let j = k - 1; j > 0 && /^\s*[,/]\s*$/.test(chain[j]!.gap) && (mixed || category(chain[j - 1]!.hit.id) === category(b.id)); j--) group.unshift(chain[j - 1]!.hit);
      } else if (c.gap.trim() === '/' && category(a.id) === category(b.id) && a.line > 0) {
        // (On the first line, the title, a slash joins a stack: a "Rails / React Developer" does both.)
        group = [a, b];
        // "Java / C# / Python / Go": a run of slashes between names of one kind is one choice.
        for (let j = k - 1; j > 0 && chain[j]!.gap.trim() === '/' && category(chain[j - 1]!.hit.id) === category(b.id); j--) group.unshift(chain[j - 1]!.hit);
      }
      const ids = [...new Set(group.map((h) => h.id))];
      if (ids.length > 1) groups.push(ids);
    });
    chain = [];
  };
  for (const hit of hits) {
    const prev = chain[chain.length - 1]?.hit;
    // A list may wrap onto the next line ("JSF, Wicket,\nGWT"): the separator decides, not the line.
    if (prev && hit.line - prev.line <= 1) {
      const gap = text.slice(prev.end, hit.start);
      // Between two names: a comma, a slash, "or", ", or", "and/or"; an "(Golang)" aside too.
      if (/^\s*(?:,\s*(?:or\s+|and\s+)?|\/|(?:,\s*)?(?:and\/)?or\s+(?:even\s+)?|and\s+)\s*$/i.test(gap) || /^\s*\([^)]*\)\s*(?:,|or)\s*$/i.test(gap)
        || UNKNOWN_MEMBER.test(gap) || (MODIFIED_MEMBER.test(gap) && (insideParens(text, hit.start) || afterDegreeIn(text, chain[0]!.hit.start)))) {
        chain.push({ hit, gap });
        continue;
      }
    }
    if (chain.length) { flush(); concept = prev ?? null; }
    chain = [{ hit, gap: '' }];
  }
  if (chain.length) flush();
  return withoutSubsets(groups);
}

/** The choices, each once, without those another choice holds whole ("C or C++" inside "Go, C or C++"). */
export function withoutSubsets(groups: string[][]): string[][] {
  const seen = new Set<string>();
  return groups
    .filter((g) => !groups.some((o) => o.length > g.length && g.every((id) => o.includes(id))))
    .filter((g) => { const k = [...g].sort().join('|'); if (seen.has(k)) return false; seen.add(k); return true; });
}
