/** The Discord adapter: discord.js on the gateway, translating to and from the platform-neutral core. */
export { discordConfigFromEnv, type DiscordConfig } from './config.js';
export { createDiscordAdapter, type DiscordAdapterDeps } from './adapter.js';
export { registerCommands, type RegisterResult } from './register.js';
export { commandDefinitions } from './commands.js';
