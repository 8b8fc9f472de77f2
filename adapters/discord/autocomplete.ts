/** `role` option autocomplete: the core's roles filtered by what the person has typed so far. */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';

/** Discord shows at most 25 choices; names and values are capped at 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export function roleChoices(
  roles: { id: string; title: string; group: string }[],
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const q = typed.trim().toLowerCase();
  const rank = (r: { id: string; title: string; group: string }): number => {
    if (!q) return 0;
    const id = r.id.toLowerCase();
    const title = r.title.toLowerCase();
    if (id.startsWith(q) || title.startsWith(q)) return 0;
    if (id.includes(q) || title.includes(q)) return 1;
    if (r.group.toLowerCase().includes(q)) return 2;
    return -1;
  };
  return roles
    .map((r) => ({ r, score: rank(r) }))
    .filter((x) => x.score >= 0)
    .sort((a, b) => a.score - b.score || a.r.title.localeCompare(b.r.title))
    .slice(0, MAX_CHOICES)
    .map(({ r }) => ({ name: `${r.title} (${r.group})`.slice(0, MAX_CHOICE_LENGTH), value: r.id.slice(0, MAX_CHOICE_LENGTH) }));
}
