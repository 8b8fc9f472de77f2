/**
 * The Slack Web API's own rules, enforced by the fake so that a renderer bug fails a test the way it
 * fails in Slack: unknown methods, invalid Block Kit (`invalid_blocks`) and oversized text
 * (`msg_too_long`). Limits from api.slack.com/reference/block-kit.
 */
export const KNOWN_METHODS = new Set([
  'auth.test', 'chat.postMessage', 'chat.update', 'chat.postEphemeral', 'conversations.open', 'conversations.info',
  'views.publish', 'apps.connections.open', 'files.info', 'users.info', 'reactions.add', 'chat.delete',
]);

/** The scope each method needs (api.slack.com/methods); checked when the fake is given the app's scopes. */
export const METHOD_SCOPES: Record<string, string> = {
  'chat.postMessage': 'chat:write', 'chat.update': 'chat:write', 'chat.postEphemeral': 'chat:write', 'chat.delete': 'chat:write',
  'conversations.open': 'im:write', 'files.info': 'files:read', 'users.info': 'users:read', 'reactions.add': 'reactions:write',
};

const LIMITS = {
  messageBlocks: 50, viewBlocks: 100, sectionText: 3000, headerText: 150, contextElements: 10,
  actionsElements: 25, buttonText: 75, buttonValue: 2000, actionId: 255, fieldText: 2000, fields: 10,
  messageText: 40_000,
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** null when valid, else the error Slack answers. */
export function slackMessageError(params: Json, where: 'message' | 'view' = 'message'): string | null {
  if (typeof params.text === 'string' && params.text.length > LIMITS.messageText) return 'msg_too_long';
  const blocks = where === 'view' ? params.view?.blocks : params.blocks;
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return 'invalid_blocks';
  if (blocks.length > (where === 'view' ? LIMITS.viewBlocks : LIMITS.messageBlocks)) return 'invalid_blocks';
  const ids = new Set<string>();
  for (const block of blocks) {
    if (!blockValid(block, ids)) return 'invalid_blocks';
  }
  return null;
}

function text(t: unknown, max: number, plainOnly = false): boolean {
  if (!t || typeof t !== 'object') return false;
  const o = t as Json;
  if (o.type !== 'plain_text' && (plainOnly || o.type !== 'mrkdwn')) return false;
  return typeof o.text === 'string' && o.text.length >= 1 && o.text.length <= max;
}

function elementValid(e: Json, ids: Set<string>): boolean {
  if (e.action_id !== undefined) {
    if (typeof e.action_id !== 'string' || e.action_id.length > LIMITS.actionId || ids.has(`a:${e.action_id}`)) return false;
    ids.add(`a:${e.action_id}`);
  }
  if (e.type === 'button') {
    return text(e.text, LIMITS.buttonText, true) && (e.value === undefined || (typeof e.value === 'string' && e.value.length <= LIMITS.buttonValue));
  }
  return ['static_select', 'overflow', 'image', 'mrkdwn', 'plain_text'].includes(e.type);
}

function blockValid(b: Json, ids: Set<string>): boolean {
  if (b.block_id !== undefined) {
    if (ids.has(`b:${b.block_id}`)) return false;
    ids.add(`b:${b.block_id}`);
  }
  switch (b.type) {
    case 'divider': return true;
    case 'header': return text(b.text, LIMITS.headerText, true);
    case 'section':
      if (b.text === undefined && b.fields === undefined) return false;
      if (b.text !== undefined && !text(b.text, LIMITS.sectionText)) return false;
      if (b.fields !== undefined && (!Array.isArray(b.fields) || b.fields.length > LIMITS.fields || !b.fields.every((f: unknown) => text(f, LIMITS.fieldText)))) return false;
      return b.accessory === undefined || elementValid(b.accessory, ids);
    case 'context':
      return Array.isArray(b.elements) && b.elements.length >= 1 && b.elements.length <= LIMITS.contextElements
        && b.elements.every((e: Json) => (e.type === 'image') || text(e, LIMITS.sectionText));
    case 'actions':
      return Array.isArray(b.elements) && b.elements.length >= 1 && b.elements.length <= LIMITS.actionsElements
        && b.elements.every((e: Json) => elementValid(e, ids));
    case 'image': return typeof b.image_url === 'string';
    default: return false;
  }
}
