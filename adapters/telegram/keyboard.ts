/**
 * Inline keyboards and their callback data. Telegram caps callback_data at 64 bytes, so a button
 * carries `role:<id>` (or `ats:<args>` for other /ats choices) and the adapter turns a tap back into
 * the command it stands for.
 */
import type { InlineKeyboardButton } from 'grammy/types';

export const CALLBACK_DATA_MAX_BYTES = 64;
const ROLE_PREFIX = 'role:';
const ATS_PREFIX = 'ats:';

function fits(data: string): boolean {
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES;
}

/** `/ats backend-developer` -> role:backend-developer; other `/ats ...` -> ats:...; null when it cannot be a button. */
export function callbackDataFor(command: string, roleIds: ReadonlySet<string>): string | null {
  const match = /^\/ats(?:@\w+)?(?:\s+(.*))?$/s.exec(command.trim());
  if (!match) return null;
  const args = (match[1] ?? '').trim();
  const data = roleIds.has(args) ? `${ROLE_PREFIX}${args}` : `${ATS_PREFIX}${args}`;
  return fits(data) ? data : null;
}

/** The /ats arguments a button stands for, or null for data this bot never made. */
export function commandFromCallbackData(data: string): { name: 'ats'; args: string } | null {
  if (data.startsWith(ROLE_PREFIX)) return { name: 'ats', args: data.slice(ROLE_PREFIX.length) };
  if (data.startsWith(ATS_PREFIX)) return { name: 'ats', args: data.slice(ATS_PREFIX.length) };
  return null;
}

export function choiceButton(option: { label: string; command: string }, roleIds: ReadonlySet<string>): InlineKeyboardButton | null {
  const data = callbackDataFor(option.command, roleIds);
  return data === null ? null : { text: option.label, callback_data: data };
}

/** The role picker: two buttons a row, in the core's order. */
export function roleKeyboard(roles: { id: string; title: string }[]): InlineKeyboardButton[][] {
  const buttons = roles
    .filter((role) => fits(`${ROLE_PREFIX}${role.id}`))
    .map((role) => ({ text: role.title, callback_data: `${ROLE_PREFIX}${role.id}` }));
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}
