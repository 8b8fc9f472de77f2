/** Discord rendering, syntax mapping, autocomplete and config: pure functions, no network. */
import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { Reply } from '../src/bot/types.js';
import { BAND_COLOR, embedLength, renderReplies, renderReply } from '../adapters/discord/render.js';
import { EMBED_LIMITS as L, chunkLines, fitLines } from '../adapters/discord/limits.js';
import { discordCommand, rewriteCommands } from '../adapters/discord/syntax.js';
import { roleChoices } from '../adapters/discord/autocomplete.js';
import { combineReplies } from '../adapters/discord/adapter.js';
import { discordConfigFromEnv } from '../adapters/discord/index.js';
import { ConfigError } from '../src/config.js';

const ctx = { roleIds: new Set(['backend-developer', 'data-scientist']) };

function reply(partial: Partial<Reply>): Reply {
  return { kind: 'report', audience: 'conversation', title: 'ATS check', blocks: [], hints: [], ...partial };
}

function expectWithinLimits(embeds: APIEmbed[]): void {
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(L.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(L.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(L.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(L.fieldValue);
    }
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footer);
  }
}

describe('Discord embed rendering', () => {
  it('colours by band and puts the score, readiness and target in the description', () => {
    for (const band of ['strong', 'close', 'needs-work'] as const) {
      const [embed] = renderReply(reply({ blocks: [{ type: 'score', score: 71, band, readiness: 64, target: 'Backend Developer' }] }), ctx);
      expect(embed!.color).toBe(BAND_COLOR[band]);
      expect(embed!.description).toContain('**71/100**');
      expect(embed!.description).toContain('**64/100**');
      expect(embed!.description).toContain('Target: Backend Developer');
    }
  });

  it('keeps a huge reply under every per-embed and per-message limit, saying what was left out', () => {
    const long = (n: number) => 'x'.repeat(n);
    const huge = reply({
      title: long(400),
      blocks: [
        { type: 'score', score: 50, band: 'needs-work', readiness: 40, target: long(300) },
        { type: 'text', text: long(5000) },
        ...Array.from({ length: 30 }, (_, i) => ({ type: 'section' as const, heading: `Section ${i} ${long(300)}`, items: Array.from({ length: 80 }, (_, j) => `item ${j} ${long(60)}`) })),
        { type: 'fields', fields: Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: long(2000) })) },
        { type: 'code', heading: 'Suggested summary', text: long(900) },
      ],
      hints: Array.from({ length: 50 }, () => long(100)),
    });
    const messages = renderReplies([huge, huge], ctx);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
      expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(L.total);
      expectWithinLimits(m.embeds);
    }
    const values = messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? [])).map((f) => f.value);
    expect(values.some((v) => /…and \d+ more$/.test(v))).toBe(true);
  });

  it('spreads a long section over continuation fields and counts the hidden items exactly', () => {
    const items = Array.from({ length: 200 }, (_, i) => `skill number ${i} with some words`);
    const [embed] = renderReply(reply({ blocks: [{ type: 'section', heading: 'Missing', items }] }), ctx);
    const fields = embed!.fields!;
    expect(fields[0]!.name).toBe('Missing');
    expect(fields.slice(1).every((f) => f.name === '\u200b')).toBe(true);
    const shown = fields.flatMap((f) => f.value.split('\n')).filter((l) => l.startsWith('• ')).length;
    const more = Number(/…and (\d+) more$/.exec(fields.at(-1)!.value)![1]);
    expect(shown + more).toBe(200);
  });

  it("folds the core's own '…and N more' item into the count", () => {
    const items = [...Array.from({ length: 60 }, (_, i) => `a fairly long skill name number ${i}`), '…and 40 more'];
    const fields = renderReply(reply({ blocks: [{ type: 'section', heading: 'Matched', items }] }), ctx)[0]!.fields!;
    const shown = fields.flatMap((f) => f.value.split('\n')).filter((l) => l.startsWith('• ')).length;
    const more = Number(/…and (\d+) more$/.exec(fields.at(-1)!.value)![1]);
    expect(shown + more).toBe(100);
  });

  it('escapes in linear time and shows mentions as text', () => {
    const started = Date.now();
    const [embed] = renderReply(reply({ blocks: [{ type: 'text', text: 'x'.repeat(200_000) + ' <@&123> - 1. ok' }] }), ctx);
    expect(Date.now() - started).toBeLessThan(200);
    expect(embed!.description!.length).toBeLessThanOrEqual(L.description);
    const [m] = renderReply(reply({ blocks: [{ type: 'text', text: '<@&123> @everyone\n- item\n1. first\n-# small\n> quote' }] }), ctx);
    expect(m!.description).toBe('\\<@&123> @everyone\n\\- item\n\\1. first\n\\-# small\n\\> quote');
  });

  it('puts the suggested summary in a code block that pasted fences cannot close', () => {
    const [embed] = renderReply(reply({ blocks: [{ type: 'code', heading: 'Suggested summary', text: 'Senior engineer ``` @everyone **bold**' }] }), ctx);
    const value = embed!.fields![0]!.value;
    expect(value.startsWith('```\n')).toBe(true);
    expect(value.endsWith('\n```')).toBe(true);
    expect(value.match(/```/g)).toHaveLength(2);
    expect(value).toContain('**bold**'); // code is literal, not escaped
  });

  it('gives a summary too long for a field an embed of its own, whole', () => {
    const text = 'word '.repeat(400).trim();
    const embeds = renderReply(reply({ blocks: [{ type: 'code', heading: 'Suggested summary', text }] }), ctx);
    const own = embeds.find((e) => e.title === 'Suggested summary')!;
    expect(own.description).toBe('```\n' + text + '\n```');
  });

  it('escapes markdown in user text (no bold, links or headings sneak in)', () => {
    const [embed] = renderReply(reply({ title: '**Hi** [x](https://evil.example)', blocks: [{ type: 'text', text: '# Title\n*em* __u__ `code` [click](https://evil.example)' }] }), ctx);
    expect(embed!.title).toBe('\\*\\*Hi\\*\\* \\[x\\](https://evil.example)');
    expect(embed!.description).toContain('\\# Title');
    expect(embed!.description).toContain('\\*em\\*');
    expect(embed!.description).toContain('\\[click\\](https://evil.example)');
    expect(embed!.description).toContain('\\_\\_u\\_\\_ \\`code\\`');
  });

  it("rewrites the core's /ats syntax into the slash command's options", () => {
    expect(discordCommand('/ats backend-developer')).toBe('/ats role:backend-developer');
    expect(discordCommand('/ats roles')).toBe('/ats action:roles');
    expect(discordCommand('/ats job clear')).toBe('/ats action:job clear');
    expect(discordCommand('/ats')).toBe('/ats');
    expect(rewriteCommands('/ats <role> to choose a role, e.g. /ats backend-developer', ctx.roleIds))
      .toBe('/ats role:<role> to choose a role, e.g. /ats role:backend-developer');
    expect(rewriteCommands('/ats job clear to drop it; /ats forget', ctx.roleIds)).toBe('/ats action:job clear to drop it; /ats action:forget');
    expect(rewriteCommands('/ats channel review on: members drop resumes; /ats channel role <role>; /ats channel role none; /ats stats', ctx.roleIds))
      .toBe('/ats action:channel review on: members drop resumes; /ats action:channel role role:<role>; /ats action:channel role role:none; /ats action:stats');
    expect(discordCommand('/ats channel role backend-developer')).toBe('/ats action:channel role role:backend-developer');
    expect(rewriteCommands('type /ats to start', ctx.roleIds)).toBe('type /ats to start');
    const [embed] = renderReply(reply({ kind: 'roles', blocks: [{ type: 'choices', heading: 'Engineering', options: [{ label: 'Backend Developer', command: '/ats backend-developer' }] }], hints: ['/ats roles to see the roles'] }), ctx);
    expect(embed!.fields![0]!.value).toBe('`/ats role:backend-developer` Backend Developer');
    expect(embed!.footer!.text).toBe('/ats action:roles to see the roles');
  });

  it('trims and marks text with fitLines and chunkLines', () => {
    expect(fitLines(['a', 'b', 'c'], 100)).toBe('a\nb\nc');
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 16)).toBe('aaaa\n…and 2 more');
    expect(fitLines(['a'], 100, 5)).toBe('a\n…and 5 more');
    expect(chunkLines(['aaaa', 'bbbb', 'cccc'], 9, 3)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(chunkLines(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'], 12, 2)).toEqual(['aaaa\nbbbb', '…and 3 more']);
    for (const c of chunkLines(Array.from({ length: 50 }, () => 'y'.repeat(90)), 1024, 3)) expect(c.length).toBeLessThanOrEqual(1024);
  });
});

describe('combining the replies of one slash command', () => {
  it('keeps only the last report and drops the ack and a stale "role set" prompt', () => {
    const kinds = combineReplies([
      reply({ kind: 'job', title: 'job' }), reply({ kind: 'report', title: 'first' }),
      reply({ kind: 'role-chosen' }), reply({ kind: 'report', title: 'second' }), reply({ kind: 'ack' }),
    ]).map((r) => `${r.kind}:${r.title}`);
    expect(kinds).toEqual(['job:job', 'report:second']);
  });
});

describe('role autocomplete', () => {
  const roles = [
    { id: 'backend-developer', title: 'Backend Developer', group: 'Engineering' },
    { id: 'frontend-developer', title: 'Frontend Developer', group: 'Engineering' },
    { id: 'data-scientist', title: 'Data Scientist', group: 'Data' },
  ];
  it('matches prefixes first, then substrings and groups, capped at 25', () => {
    expect(roleChoices(roles, 'dev').map((c) => c.value)).toEqual(['backend-developer', 'frontend-developer']);
    expect(roleChoices(roles, 'data')[0]).toEqual({ name: 'Data Scientist (Data)', value: 'data-scientist' });
    expect(roleChoices(roles, 'zzz')).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, group: 'G' }));
    expect(roleChoices(many, '')).toHaveLength(25);
  });
});

describe('discordConfigFromEnv', () => {
  it('is null without DISCORD_TOKEN', () => {
    expect(discordConfigFromEnv({})).toBeNull();
    expect(discordConfigFromEnv({ DISCORD_TOKEN: '  ' })).toBeNull();
  });
  it('reads the token, application id, optional guild and API URL', () => {
    expect(discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' })).toEqual({
      token: 't', applicationId: '123456789012345678', guildId: null, apiUrl: null, restRetries: 3, messageContent: false,
    });
    expect(discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_MESSAGE_CONTENT: 'true' })?.messageContent).toBe(true);
    expect(() => discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_MESSAGE_CONTENT: 'maybe' })).toThrow(/^DISCORD_MESSAGE_CONTENT /);
    expect(discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: '223456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api/' }))
      .toMatchObject({ guildId: '223456789012345678', apiUrl: 'http://127.0.0.1:9/api' });
  });
  it('throws a ConfigError, one line naming the variable, when the application id is missing or malformed', () => {
    expect(() => discordConfigFromEnv({ DISCORD_TOKEN: 't' })).toThrow(ConfigError);
    for (const env of [{ DISCORD_TOKEN: 't' }, { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'my-app' }]) {
      expect(() => discordConfigFromEnv(env)).toThrow(/^DISCORD_APPLICATION_ID [^\n]+$/);
    }
    expect(() => discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: 'x' })).toThrow(/^DISCORD_GUILD_ID /);
    expect(() => discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_URL: 'discord.com' })).toThrow(/^DISCORD_API_URL /);
  });
});
