/** Block Kit rendering: escaping of every user string and Slack's limits, on hand-built replies. */
import { describe, expect, it } from 'vitest';
import { decodeSlackText, escapeMrkdwn, splitText, truncate } from '../adapters/slack/mrkdwn.js';
import { LIMITS, renderReply } from '../adapters/slack/render.js';
import { homeView } from '../adapters/slack/home.js';
import type { Reply } from '../src/bot/types.js';

const EVIL = '<!channel> <@U123> <https://evil.example|click> & <#C1>';

function reply(blocks: Reply['blocks'], extra: Partial<Reply> = {}): Reply {
  return { kind: 'report', audience: 'conversation', title: `Report ${EVIL}`, blocks, hints: [`hint ${EVIL}`], ...extra };
}

const everyKind: Reply['blocks'] = [
  { type: 'score', score: 82, band: 'strong', readiness: 90, target: `Backend ${EVIL}` },
  { type: 'text', text: EVIL },
  { type: 'section', heading: EVIL, text: EVIL, items: [EVIL, EVIL] },
  { type: 'fields', fields: [{ label: EVIL, value: EVIL }] },
  { type: 'code', heading: EVIL, text: `${EVIL} \`\`\` breakout` },
  { type: 'choices', heading: EVIL, options: [{ label: EVIL, command: '/ats backend-developer' }] },
];

describe('Slack rendering', () => {
  it('escapes &, < and > in every user-provided string, blocks and fallback text alike', () => {
    const message = renderReply(reply(everyKind));
    const wire = JSON.stringify(message);
    expect(wire).not.toMatch(/<!channel>|<@U123>|<https:|<#C1>/);
    expect(wire).toContain('&lt;!channel&gt;');
    expect(wire).toContain('&lt;@U123&gt;');
    expect(wire).toContain('&amp;');
    expect(message.text).toContain('&lt;!channel&gt;');
  });

  it('renders the score with its band, a divider, fields, the summary in a code block and the report buttons', () => {
    const { blocks } = renderReply(reply(everyKind));
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    const types = blocks.map((b) => b.type);
    expect(types.slice(0, 3)).toEqual(['header', 'section', 'divider']);
    expect(JSON.stringify(blocks[1])).toContain('Match score: 82/100* · :large_green_circle: Strong match');
    expect(blocks.some((b) => b.type === 'section' && 'fields' in b && b.fields?.length === 1)).toBe(true);
    const code = blocks.find((b) => b.type === 'section' && b.text?.text.includes('```')) as any;
    // The summary's own ``` cannot close the block early.
    expect(code.text.text.match(/```/g)).toHaveLength(2);
    const lastActions = blocks.at(-1) as any;
    expect(lastActions.type).toBe('actions');
    expect(lastActions.elements.map((e: any) => e.value)).toEqual(['/ats roles', '/ats job', '/ats forget']);
    expect(lastActions.elements[2].confirm).toBeDefined();
    const ids = blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.action_id).map((e: any) => e.action_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps to Block Kit limits: 50 blocks, 3000 characters per section, 150 per header', () => {
    const long = 'word '.repeat(2000) + '&'.repeat(700);
    const many: Reply['blocks'] = Array.from({ length: 80 }, (_, i) => ({ type: 'text' as const, text: `${i} ${long}` }));
    const message = renderReply(reply(many, { title: 'T'.repeat(400), hints: [] }));
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    for (const block of message.blocks as any[]) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      // No entity cut in half at a split or truncation point.
      if (block.text?.text) expect(block.text.text).not.toMatch(/&(?:a|am|amp|l|lt|g|gt)?$/);
    }
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'actions' });
  });

  it('splits a long summary into several code blocks and many choices into rows of 25 buttons', () => {
    const summary = 'A long summary line.\n'.repeat(400);
    const options = Array.from({ length: 30 }, (_, i) => ({ label: `Role ${i}`, command: `/ats role-${i}` }));
    const { blocks } = renderReply(reply([{ type: 'code', heading: 'Suggested summary', text: summary }, { type: 'choices', heading: 'Roles', options }], { kind: 'roles' }));
    const code = blocks.filter((b: any) => b.text?.text.includes('```')) as any[];
    expect(code.length).toBeGreaterThan(1);
    for (const b of code) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    const rows = blocks.filter((b) => b.type === 'actions') as any[];
    expect(rows.map((r) => r.elements.length)).toEqual([25, 5]);
  });

  it('shows hints and one-line replies without a large header', () => {
    const { blocks } = renderReply({ kind: 'hint', audience: 'conversation', title: 'Send me your resume', blocks: [], hints: [] });
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Send me your resume' } }]);
  });

  it('builds an App Home view within its limits, with the role select and Forget me', () => {
    const roles = [
      { id: 'backend-developer', title: 'Backend Developer', group: 'Engineering' },
      { id: 'ux-designer', title: 'UX <Designer>', group: 'Design' },
    ];
    const view = homeView({ botName: 'ATS Bot', roles, roleId: 'ux-designer', job: reply([], { kind: 'job', title: 'No job post saved' }) });
    expect(view.type).toBe('home');
    const select = view.blocks.map((b: any) => b.accessory).find(Boolean);
    expect(select.option_groups).toHaveLength(2);
    expect(select.initial_option.value).toBe('ux-designer');
    expect(JSON.stringify(view)).toContain('UX &lt;Designer&gt;');
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerHomeView);
  });
});

describe('Slack text helpers', () => {
  it('escapes and decodes Slack text', () => {
    expect(escapeMrkdwn('a & <b>')).toBe('a &amp; &lt;b&gt;');
    expect(decodeSlackText('R&amp;D &lt;team&gt; <https://x.example/job|x.example/job> <mailto:a@b.c|a@b.c> <@U1>')).toBe(
      'R&D <team> https://x.example/job a@b.c <@U1>',
    );
  });

  it('splits and truncates without cutting an entity', () => {
    expect(truncate('abc&amp;def', 6)).toBe('abc…');
    expect(splitText('aaaa\nbbbb\ncccc', 9)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(splitText('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
    const pieces = splitText('ab&amp;cd&lt;ef', 5);
    expect(pieces.join('')).toBe('ab&amp;cd&lt;ef');
    expect(pieces.slice(0, 2)).toEqual(['ab', '&amp;']);
  });
});
