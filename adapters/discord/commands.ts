/**
 * The `/ats` slash command. One command with options rather than subcommands, because Discord cannot
 * mix subcommands with top-level options and `/ats role:… resume:…` is the everyday use.
 * `action` carries the core's word commands (`/ats roles`, `/ats forget`, …) verbatim as their args.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

export const COMMAND_NAME = 'ats';

export const OPTION = { role: 'role', resume: 'resume', job: 'job', action: 'action' } as const;

/** Discord's limit for a string option; longer job posts can be pasted as a DM message instead. */
export const JOB_MAX_LENGTH = 6000;

/** Values are passed to the core as `/ats <value>`, so they must stay the core's command words. */
export const ACTIONS = [
  { name: 'help: what I do and how to use me', value: 'help' },
  { name: 'roles: list the roles I know', value: 'roles' },
  { name: 'job: show the job post I stored for you', value: 'job' },
  { name: 'job clear: remove the stored job post', value: 'job clear' },
  { name: 'forget: delete everything stored about you', value: 'forget' },
  { name: 'details skills: every matched and missing skill of your last report', value: 'details skills' },
  { name: 'details checks: every ATS readiness check', value: 'details checks' },
  { name: 'details bullets: the bullets to strengthen, with rewrites', value: 'details bullets' },
  { name: 'details why: how the score was reached', value: 'details why' },
  { name: 'channel: this channel’s review mode and default role', value: 'channel' },
  { name: 'channel review on: members drop resumes here, reports go to DMs (admins)', value: 'channel review on' },
  { name: 'channel review off (admins)', value: 'channel review off' },
  { name: 'channel role: make role:<role> this channel’s default (admins)', value: 'channel role' },
  { name: 'stats: anonymous resume-check numbers for this server (admins)', value: 'stats' },
] as const satisfies readonly { name: string; value: string }[];

export function atsCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Check your resume against a role or a job post (ATS score, missing skills, fixes)')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .addStringOption((o) =>
      o.setName(OPTION.role).setDescription('Target role, e.g. backend-developer').setAutocomplete(true).setMaxLength(100))
    .addAttachmentOption((o) =>
      o.setName(OPTION.resume).setDescription('Your resume (PDF, DOCX or TXT)'))
    .addStringOption((o) =>
      o.setName(OPTION.job).setDescription('A job post to match against: paste its text or a link to it').setMaxLength(JOB_MAX_LENGTH))
    .addStringOption((o) =>
      o.setName(OPTION.action).setDescription('Other things I can do').addChoices(...ACTIONS))
    .toJSON();
}

/** Everything `npm run discord:register` sends (PUT replaces the whole set). */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [atsCommand()];
}
