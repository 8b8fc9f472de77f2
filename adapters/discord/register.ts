/**
 * `npm run discord:register`: PUTs the slash command definitions, to DISCORD_GUILD_ID when set
 * (instant, for testing) or globally (can take a while to appear everywhere). PUT replaces the
 * whole set, so running it twice is harmless. `--clear` removes the commands from that scope.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './commands.js';
import { discordConfigFromEnv, type DiscordConfig } from './config.js';

export interface RegisterResult {
  scope: 'guild' | 'global';
  commands: { id: string; name: string }[];
}

/** `clear` PUTs an empty set, removing the commands from that scope (e.g. a test server's copy). */
export async function registerCommands(config: DiscordConfig, options: { clear?: boolean } = {}): Promise<RegisterResult> {
  const rest = new REST({ version: '10', retries: config.restRetries, ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const created = (await rest.put(route, { body: options.clear ? [] : commandDefinitions() })) as { id: string; name: string }[];
  return { scope: config.guildId ? 'guild' : 'global', commands: created.map((c) => ({ id: c.id, name: c.name })) };
}

async function main(): Promise<void> {
  const { config: loadDotenv } = await import('dotenv');
  loadDotenv({ quiet: true });
  const config = discordConfigFromEnv(process.env);
  if (!config) throw new Error('DISCORD_TOKEN is not set: put the bot token in the environment or .env first.');
  const clear = process.argv.includes('--clear');
  const result = await registerCommands(config, { clear });
  const where = result.scope === 'guild' ? `in guild ${config.guildId}` : 'globally';
  console.log(clear
    ? `Removed every command of this application ${where}.`
    : `Registered ${result.commands.map((c) => '/' + c.name).join(', ')} ${where}${result.scope === 'global' ? ' (Discord clients may take a while to show it)' : ''}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const code = typeof err === 'object' && err !== null && 'code' in err ? ` (Discord code ${String((err as { code: unknown }).code)})` : '';
    console.error(`discord:register failed: ${err instanceof Error ? err.message : String(err)}${code}`);
    process.exitCode = 1;
  });
}
