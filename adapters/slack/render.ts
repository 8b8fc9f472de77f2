/**
 * Reply -> Slack Block Kit plus a plain `text` fallback (notifications, screen readers, old clients).
 * All Slack markup and Block Kit limits live here; the core's text is plain and escaped on the way.
 */
import type { types } from '@slack/bolt';
import type { Band, Reply, ReplyBlock } from '../../src/bot/types.js';
import { escapeCode, escapeMrkdwn, splitText, truncate } from './mrkdwn.js';

type Block = types.KnownBlock;
type Button = types.Button;

/** Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  elementsPerActions: 25,
  elementsPerContext: 10,
  contextText: 2000,
  fallbackText: 3000,
} as const;

/** Buttons carry the command they run; index.ts routes every action id with this prefix. */
export const CHOICE_ACTION_PREFIX = 'ats_choice_';

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const BAND_LABEL = {
  strong: ':large_green_circle: Strong match',
  close: ':large_yellow_circle: Close',
  'needs-work': ':red_circle: Needs work',
} as const satisfies Record<Band, string>;

const BAND_PLAIN = { strong: 'strong match', close: 'close', 'needs-work': 'needs work' } as const satisfies Record<Band, string>;

/** One-liners read better as plain text than under a large header. */
const HEADERLESS = new Set<Reply['kind']>(['hint', 'ack']);

/** Follow-ups under every report; the core's commands, run by the button handler. */
const REPORT_ACTIONS = [
  { label: 'Choose another role', command: '/ats roles' },
  { label: 'Show my job post', command: '/ats job' },
  { label: 'Forget me', command: '/ats forget' },
] as const;

export function renderReply(reply: Reply): SlackMessage {
  const blocks: Block[] = [];
  if (reply.title) blocks.push(HEADERLESS.has(reply.kind) ? sections(escapeMrkdwn(reply.title))[0]! : header(reply.title));
  let buttons = 0;
  const nextActionId = () => `${CHOICE_ACTION_PREFIX}${buttons++}`;
  for (const block of reply.blocks) {
    blocks.push(...renderBlock(block, nextActionId));
    if (block.type === 'score') blocks.push({ type: 'divider' });
  }
  const hints = reply.hints.filter((hint) => hint.trim());
  if (hints.length > 0) blocks.push(...context(hints.map(escapeMrkdwn)));
  const tail: Block[] = reply.kind === 'report' ? [{ type: 'actions', elements: REPORT_ACTIONS.map((a) => button(a.label, a.command, nextActionId())) }] : [];
  return { text: fallbackText(reply), blocks: [...capBlocks(blocks, LIMITS.blocksPerMessage - tail.length), ...tail] };
}

export function button(label: string, command: string, actionId: string): Button {
  const forget = /^\/ats\s+forget$/i.test(command);
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: plain(label, LIMITS.buttonText) },
    value: command,
    ...(forget
      ? {
          style: 'danger' as const,
          confirm: {
            title: { type: 'plain_text' as const, text: 'Forget me?' },
            text: { type: 'plain_text' as const, text: 'This deletes your stored resume, chosen role and job post at once.' },
            confirm: { type: 'plain_text' as const, text: 'Delete' },
            deny: { type: 'plain_text' as const, text: 'Keep' },
          },
        }
      : {}),
  };
}

/** A reply's content blocks alone (no header, hints or follow-up buttons), for the App Home. */
export function contentBlocks(reply: Reply, actionPrefix: string = CHOICE_ACTION_PREFIX): Block[] {
  let buttons = 0;
  return reply.blocks.flatMap((block) => renderBlock(block, () => `${actionPrefix}${buttons++}`));
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: plain(text, LIMITS.headerText) } };
}

/** plain_text fields (header, button, option labels) are one line. */
export function plain(text: string, max: number): string {
  return truncate(escapeMrkdwn(text.replace(/\s+/g, ' ').trim()), max) || ' ';
}

/** Sections for already-escaped mrkdwn, split to stay under the per-section limit. */
export function sections(mrkdwn: string): Block[] {
  return splitText(mrkdwn, LIMITS.sectionText).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text: text || ' ' } }));
}

export function context(mrkdwnItems: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < mrkdwnItems.length; i += LIMITS.elementsPerContext) {
    blocks.push({
      type: 'context',
      elements: mrkdwnItems
        .slice(i, i + LIMITS.elementsPerContext)
        .map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, LIMITS.contextText) })),
    });
  }
  return blocks;
}

function renderBlock(block: ReplyBlock, nextActionId: () => string): Block[] {
  switch (block.type) {
    case 'score':
      return sections(
        `*Match score: ${block.score}/100* · ${BAND_LABEL[block.band]}\n` +
          `ATS readiness: ${block.readiness}/100\nTarget: ${escapeMrkdwn(block.target)}`,
      );
    case 'text':
      return sections(escapeMrkdwn(block.text));
    case 'section': {
      const lines = [`*${escapeMrkdwn(block.heading)}*`];
      if (block.text) lines.push(escapeMrkdwn(block.text));
      for (const item of block.items ?? []) lines.push(`• ${escapeMrkdwn(item)}`);
      return sections(lines.join('\n'));
    }
    case 'fields':
      return block.fields.length > 0 ? fieldSections(block.fields) : [];
    case 'code':
      return codeSections(block.heading, block.text);
    case 'choices':
      return choiceBlocks(block, nextActionId);
  }
}

function fieldSections(fields: { label: string; value: string }[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + LIMITS.fieldsPerSection).map(({ label, value }) => ({
        type: 'mrkdwn' as const,
        text: truncate(`*${escapeMrkdwn(label)}*\n${escapeMrkdwn(value) || '—'}`, LIMITS.fieldText),
      })),
    });
  }
  return blocks;
}

/** The suggested summary in ``` so it copies cleanly; long code is split into several blocks. */
function codeSections(heading: string, code: string): Block[] {
  const title = `*${escapeMrkdwn(heading)}*`;
  const fence = '```';
  const room = LIMITS.sectionText - title.length - 1 - 2 * fence.length;
  return splitText(escapeCode(code), room).map((piece, i) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: `${i === 0 ? `${title}\n` : ''}${fence}${piece || ' '}${fence}` },
  }));
}

function choiceBlocks(block: Extract<ReplyBlock, { type: 'choices' }>, nextActionId: () => string): Block[] {
  const blocks: Block[] = [];
  if (block.heading) blocks.push(...sections(`*${escapeMrkdwn(block.heading)}*`));
  const buttons = block.options
    .filter((option) => option.command.length <= LIMITS.buttonValue)
    .map((option) => button(option.label, option.command, nextActionId()));
  for (let i = 0; i < buttons.length; i += LIMITS.elementsPerActions) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.elementsPerActions) });
  }
  return blocks;
}

/** Keeps the first blocks and says so when a reply would exceed Slack's per-message block count. */
export function capBlocks(blocks: Block[], max: number): Block[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), ...context(['_Trimmed to fit Slack; ask again with a narrower question._'])];
}

/** The same answer as plain lines, escaped; Slack shows it in notifications and where blocks can't render. */
export function fallbackText(reply: Reply): string {
  const lines: string[] = [reply.title];
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'score':
        lines.push(`Match score ${block.score}/100 (${BAND_PLAIN[block.band]}), ATS readiness ${block.readiness}/100, target: ${block.target}`);
        break;
      case 'text':
        lines.push(block.text);
        break;
      case 'section':
        lines.push(block.heading, ...(block.text ? [block.text] : []), ...(block.items ?? []).map((item) => `- ${item}`));
        break;
      case 'fields':
        lines.push(...block.fields.map(({ label, value }) => `${label}: ${value}`));
        break;
      case 'code':
        lines.push(block.heading, block.text);
        break;
      case 'choices':
        lines.push(`${block.heading}: ${block.options.map((option) => option.command).join(', ')}`);
        break;
    }
  }
  lines.push(...reply.hints);
  return truncate(escapeMrkdwn(lines.filter(Boolean).join('\n')), LIMITS.fallbackText);
}
