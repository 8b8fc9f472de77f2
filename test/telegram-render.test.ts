import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/bot/types.js';
import { bandLabel, escapeHtml, renderReply, splitEscaped } from '../adapters/telegram/render.js';
import { callbackDataFor, commandFromCallbackData, roleKeyboard } from '../adapters/telegram/keyboard.js';
import { parseCommand } from '../adapters/telegram/events.js';
import { assertTelegramHtml } from './fakes/telegram-api.js';

function reply(blocks: Reply['blocks'], extra: Partial<Reply> = {}): Reply {
  return { kind: 'report', audience: 'conversation', title: 'ATS check', blocks, hints: [], ...extra };
}

describe('Telegram rendering', () => {
  it('escapes every string from the core', () => {
    const [message] = renderReply(reply([
      { type: 'text', text: 'Tom & Jerry <b>bold</b> <script>alert(1)</script>' },
      { type: 'section', heading: 'A <i>', items: ['x > y', 'R&D'] },
      { type: 'fields', fields: [{ label: '<Label>', value: '"quoted" & <tag>' }] },
      { type: 'code', heading: 'Suggested summary', text: 'Senior <dev> & lead' },
    ], { title: 'Check <u>me</u>', hints: ['/ats <role>'] }));
    const html = message!.html;
    assertTelegramHtml(html);
    expect(html).toContain('Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<b>Check &lt;u&gt;me&lt;/u&gt;</b>');
    expect(html).toContain('• R&amp;D');
    expect(html).toContain('<b>&lt;Label&gt;:</b> "quoted" &amp; &lt;tag&gt;');
    expect(html).toContain('<pre>Senior &lt;dev&gt; &amp; lead</pre>');
    expect(html).toContain('<i>/ats &lt;role&gt;</i>');
  });

  it('shows the score with its band', () => {
    const [message] = renderReply(reply([{ type: 'score', score: 71.6, band: 'close', readiness: 88, target: 'Backend Developer' }]));
    expect(message!.html).toContain('<b>Score: 72/100</b> · 🟡 Close (53-79)');
    expect(message!.html).toContain('ATS readiness: 88/100');
    expect(message!.html).toContain('Target: Backend Developer');
    expect(bandLabel('strong')).toMatch(/Strong/);
    expect(bandLabel('needs-work')).toMatch(/Needs work/);
  });

  it('splits long replies under 4096 characters at block boundaries, keeping tags balanced', () => {
    const items = Array.from({ length: 120 }, (_, i) => `Skill number ${i} & <more>, costs points: add it to the Skills section`);
    const blocks: Reply['blocks'] = [
      { type: 'score', score: 40, band: 'needs-work', readiness: 50, target: 'Backend Developer' },
      { type: 'section', heading: 'Missing skills', items },
      { type: 'section', heading: 'Missing keywords', items: items.slice(0, 30) },
      { type: 'code', heading: 'Suggested summary', text: 'Backend engineer with 7 years.' },
    ];
    const messages = renderReply(reply(blocks));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.html.length).toBeLessThan(4096);
      assertTelegramHtml(m.html);
    }
    // The summary block stays whole in one <pre>, and every item is kept.
    const all = messages.map((m) => m.html).join('\n');
    expect(all).toContain('<pre>Backend engineer with 7 years.</pre>');
    expect(all).toContain('Skill number 119 &amp; &lt;more&gt;');
    // A block that fits in a message is not cut: "Missing keywords" starts a message of its own.
    expect(messages.some((m) => m.html.startsWith('<b>Missing keywords</b>'))).toBe(true);
  });

  it('splits a single huge line without breaking entities or surrogate pairs', () => {
    const text = '&<😀>'.repeat(3000);
    const messages = renderReply(reply([{ type: 'text', text }]));
    for (const m of messages) {
      expect(m.html.length).toBeLessThan(4096);
      assertTelegramHtml(m.html);
    }
    expect(splitEscaped(text, 100).join('')).toBe(text);
    for (const piece of splitEscaped(text, 100)) expect(escapeHtml(piece).length).toBeLessThanOrEqual(100);
  });

  it('turns choices into inline buttons with callback data of at most 64 bytes', () => {
    const ids = new Set(['backend-developer']);
    const [message] = renderReply(reply([{ type: 'choices', heading: 'Did you mean', options: [
      { label: 'Backend Developer', command: '/ats backend-developer' },
      { label: 'Very long', command: `/ats ${'x'.repeat(80)}` },
    ] }]), { button: (o) => {
      const data = callbackDataFor(o.command, ids);
      return data ? { text: o.label, callback_data: data } : null;
    } });
    expect(message!.keyboard).toEqual([[{ text: 'Backend Developer', callback_data: 'role:backend-developer' }]]);
    // What cannot be a button is listed as text instead.
    expect(message!.html).toContain(`• Very long: /ats ${'x'.repeat(80)}`);
    expect(commandFromCallbackData('role:backend-developer')).toEqual({ name: 'ats', args: 'backend-developer' });
    expect(commandFromCallbackData('ats:roles')).toEqual({ name: 'ats', args: 'roles' });
    expect(commandFromCallbackData('something-else')).toBeNull();
    const rows = roleKeyboard([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'z'.repeat(70), title: 'Z' }]);
    expect(rows).toEqual([
      [{ text: 'A', callback_data: 'role:a' }, { text: 'B', callback_data: 'role:b' }],
      [{ text: 'C', callback_data: 'role:c' }],
    ]);
  });
});

describe('Telegram command parsing', () => {
  const entity = (length: number) => [{ type: 'bot_command' as const, offset: 0, length }];
  it('needs a bot_command entity at offset 0', () => {
    expect(parseCommand('/ats roles', undefined, 'ats_bot')).toBeNull();
    expect(parseCommand('/ats roles', entity(4), 'ats_bot')).toEqual({ name: 'ats', args: 'roles', forUs: true, addressed: false });
  });
  it('accepts /ats@ThisBot and flags other bots', () => {
    expect(parseCommand('/ats@ATS_Bot backend', entity(12), 'ats_bot')).toEqual({ name: 'ats', args: 'backend', forUs: true, addressed: true });
    expect(parseCommand('/ats@other_bot x', entity(14), 'ats_bot')?.forUs).toBe(false);
  });
});
