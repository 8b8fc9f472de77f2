/**
 * The core speaks `/ats <args>` (its own command syntax); on Discord the same things are options of
 * the `/ats` slash command. These helpers rewrite the core's suggestions so users can type them here.
 */
import { ACTIONS } from './commands.js';

const ACTION_VALUES: ReadonlySet<string> = new Set(ACTIONS.map((a) => a.value));

/** `/ats roles` -> `/ats action:roles`; `/ats backend-developer` -> `/ats role:backend-developer`. */
export function discordCommand(coreCommand: string): string {
  const args = coreCommand.replace(/^\s*\/ats\b/i, '').trim();
  if (!args) return '/ats';
  const channelRole = /^channel role\s+(.+)$/i.exec(args);
  if (channelRole) return `/ats action:channel role role:${channelRole[1]}`;
  if (ACTION_VALUES.has(args.toLowerCase())) return `/ats action:${args.toLowerCase()}`;
  return `/ats role:${args}`;
}

const CORE_COMMAND = /\/ats\b(?:[ \t]+(job clear|details (?:skills|checks|bullets|why)|channel review o(?:n|ff)|channel role(?: (?:<[^<>\n]{1,40}>|[\w-]+))?|<[^<>\n]{1,40}>|[\w-]+))?/gi;

/**
 * Rewrites `/ats …` mentions inside prose: action words, `<placeholders>` and known role ids only,
 * so an ordinary word after `/ats` ("/ats to start") is left alone. `wrap` formats a command and
 * `escape` the text around it (commands are not escaped, so they can go in inline code).
 */
export function rewriteCommands(
  text: string,
  roleIds: ReadonlySet<string>,
  wrap: (command: string) => string = (c) => c,
  escape: (text: string) => string = (t) => t,
): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CORE_COMMAND)) {
    const arg = m[1];
    const lower = arg?.toLowerCase();
    let command: string | null = null;
    let rest = '';
    if (arg === undefined || lower === undefined) command = '/ats';
    else if (/^channel role ./.test(lower)) command = discordCommand(`/ats ${arg}`);
    else if (ACTION_VALUES.has(lower)) command = `/ats action:${lower}`;
    else if (arg.startsWith('<') || roleIds.has(lower)) command = `/ats role:${arg}`;
    else {
      command = '/ats';
      rest = m[0].slice('/ats'.length);
    }
    out += escape(text.slice(last, m.index)) + wrap(command.replace(/`/g, '')) + escape(rest);
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}
