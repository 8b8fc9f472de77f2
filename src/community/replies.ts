/** The community commands' replies. Plain text only: adapters own the markup. */
import type { Platform, Reply } from '../bot/types.js';
import { formatHours } from '../bot/replies.js';
import type { ChannelSettings } from './channel-settings.js';
import { K_ANONYMITY_FLOOR, type StatsSummary } from './aggregates.js';

/** Who counts as an admin on each platform, in the words its users know. */
export const ADMIN_RIGHTS: Record<Platform, string> = {
  slack: 'workspace admins and owners',
  discord: 'members with Manage Server or Manage Channels',
  telegram: 'the group’s administrators',
  console: 'community admins (the console has none)',
};

export const CHANNEL_USAGE = [
  '/ats channel: show this channel’s settings',
  '/ats channel review on: members drop resumes here and get their report privately (/ats channel review off to stop)',
  '/ats channel role <role>: the role members are checked against when they chose none (/ats channel role none to clear it)',
  '/ats stats: anonymous numbers for this community',
];

function reply(kind: Reply['kind'], title: string, blocks: Reply['blocks'] = [], hints: string[] = [], errorCode?: string): Reply {
  return { kind, audience: 'private', title, blocks, hints, ...(errorCode ? { errorCode } : {}) };
}

export function notInCommunityReply(): Reply {
  return reply('error', 'Run this in the channel you want to set up',
    [{ type: 'text', text: 'Channel settings and stats belong to a community channel (a Slack channel, a Discord server channel or a Telegram group), not to a direct message.' }],
    [], 'not-in-channel');
}

export function notAdminReply(platform: Platform): Reply {
  return reply('error', 'Only admins can do that',
    [{ type: 'text', text: `Channel settings and community stats are for ${ADMIN_RIGHTS[platform]}. Everyone can still check their own resume here.` }],
    ['/ats channel to see this channel’s settings'], 'not-admin');
}

export function adminCheckFailedReply(): Reply {
  return reply('error', 'I couldn’t check your admin rights just now',
    [{ type: 'text', text: 'The platform did not answer. Nothing was changed; please try again in a moment.' }], [], 'admin-check-failed');
}

export function channelReply(title: string, settings: ChannelSettings, roleTitle: string | null): Reply {
  return reply('community', title, [
    { type: 'fields', fields: [
      { label: 'Review channel', value: settings.review ? 'on: drop a resume here, get the report privately' : 'off' },
      { label: 'Default role', value: roleTitle ?? 'none (each resume’s own title decides)' },
    ] },
  ], CHANNEL_USAGE);
}

export function channelUsageReply(): Reply {
  return reply('hint', 'Channel commands', [{ type: 'section', heading: 'Commands', items: CHANNEL_USAGE }]);
}

export function unknownChannelRoleReply(query: string, suggestions: { id: string; title: string }[]): Reply {
  return reply('error', `I don’t know the role ${query}`, suggestions.length > 0
    ? [{ type: 'choices', heading: 'Did you mean', options: suggestions.map((r) => ({ label: r.title, command: `/ats channel role ${r.id}` })) }]
    : [], ['/ats roles to see the roles'], 'unknown-role');
}

export function statsReply(summary: StatsSummary): Reply {
  const window = windowText(summary.windowMs);
  if (!summary.enough) {
    return reply('community', 'Not enough people yet for stats', [{ type: 'text', text:
      `Stats appear once at least ${K_ANONYMITY_FLOOR} different people have checked a resume in this community ${window}, so that no number can point at anyone.` }]);
  }
  const blocks: Reply['blocks'] = [
    { type: 'fields', fields: [
      { label: `Checks ${window}`, value: String(summary.checks) },
      { label: 'People', value: String(summary.people) },
    ] },
  ];
  if (summary.roles.length > 0) {
    blocks.push({ type: 'section', heading: 'Median match score by role',
      items: summary.roles.map((r) => `${r.title}: ${r.median} (${r.people} people)`) });
  }
  if (summary.hiddenRoles > 0) {
    blocks.push({ type: 'text', text: `${summary.hiddenRoles} role${summary.hiddenRoles === 1 ? '' : 's'} with fewer than ${K_ANONYMITY_FLOOR} people ${summary.hiddenRoles === 1 ? 'is' : 'are'} not shown.` });
  }
  if (summary.missing.length > 0) {
    blocks.push({ type: 'section', heading: 'Most common missing skills', items: summary.missing.map((s) => `${s.name} (${s.people} ${s.people === 1 ? 'person' : 'people'})`) });
  }
  blocks.push({ type: 'text', text: 'Anonymous: people are counted, never named; no resume text is kept for stats.' });
  return reply('community', 'This community’s resume checks', blocks);
}

function windowText(ms: number): string {
  return ms >= 7 * 24 * 3_600_000 ? 'in the last 7 days' : `in the last ${formatHours(ms)}`;
}

/** The channel's answer to a resume dropped in a review channel: never anything of the resume. */
export function dropAckReply(hidden: boolean): Reply {
  return {
    kind: 'ack', audience: 'conversation',
    title: hidden
      ? 'I removed your file from the channel and answered you privately.'
      : 'I answered you privately. Everyone here can still see the file you posted: delete it if you’d rather they didn’t.',
    blocks: [], hints: [],
  };
}
