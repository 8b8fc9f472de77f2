/**
 * The App Home tab: what the bot does, the role and job post it matches against, and a
 * "Forget me" button. The content comes from the core (its `/ats job` answer, its role list).
 */
import type { types } from '@slack/bolt';
import type { Reply } from '../../src/bot/types.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { button, capBlocks, contentBlocks, context, header, LIMITS, plain, sections } from './render.js';

export const HOME_ROLE_ACTION = 'home_role';
export const HOME_FORGET_ACTION = 'home_forget';

export interface HomeState {
  botName: string;
  roles: { id: string; title: string; group: string }[];
  /** The role id, when known (the person just picked it here). */
  roleId?: string;
  /** The core's answer to `/ats job`: the stored post, or how to paste one. */
  job: Reply;
}

const MAX_SELECT_OPTIONS = 100;
const OPTION_TEXT = 75;

export function homeView(state: HomeState): types.HomeView {
  const role = state.roles.find((r) => r.id === state.roleId);
  const blocks: types.KnownBlock[] = [
    header(state.botName),
    ...sections(
      'Send me your resume (PDF, DOCX or TXT) in the *Messages* tab and I check it the way an ATS reads it: ' +
        'a match score against a role or a job post you paste, the skills and keywords it is missing, concrete fixes ' +
        'and a suggested summary built only from your own resume.',
    ),
    ...sections('*Commands*\n• `/ats <role>` choose a role\n• `/ats roles` list the roles\n• `/ats job` the job post I match against\n• `/ats forget` delete what I keep about you\n• `/ats help` everything else'),
    { type: 'divider' },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: role ? `*Your role:* ${escapeMrkdwn(role.title)}` : '*Your role:* choose the role I check your resume against' },
      ...(state.roles.length > 0 ? { accessory: roleSelect(state.roles, role) } : {}),
    },
    ...sections(`*Your job post:* ${escapeMrkdwn(state.job.title)}`),
    ...contentBlocks(state.job, 'home_job_'),
    { type: 'divider' },
    { type: 'actions', elements: [{ ...button('Forget me', '/ats forget', HOME_FORGET_ACTION) }] },
    ...context(['Stored data expires on its own; *Forget me* deletes your parsed resume, role and job post at once.']),
  ];
  return { type: 'home', blocks: capBlocks(blocks, LIMITS.blocksPerHomeView) };
}

function roleSelect(roles: HomeState['roles'], selected: HomeState['roles'][number] | undefined): types.StaticSelect {
  const option = (r: { id: string; title: string }) => ({
    text: { type: 'plain_text' as const, text: plain(r.title, OPTION_TEXT) },
    value: r.id,
  });
  const groups = new Map<string, { id: string; title: string }[]>();
  for (const role of roles.slice(0, MAX_SELECT_OPTIONS)) groups.set(role.group, [...(groups.get(role.group) ?? []), role]);
  return {
    type: 'static_select',
    action_id: HOME_ROLE_ACTION,
    placeholder: { type: 'plain_text', text: 'Choose a role' },
    option_groups: [...groups].map(([group, list]) => ({
      label: { type: 'plain_text' as const, text: plain(group, OPTION_TEXT) },
      options: list.map(option),
    })),
    ...(selected ? { initial_option: option(selected) } : {}),
  };
}
