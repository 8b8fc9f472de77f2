/**
 * Which platforms the environment asks for, and whether it asks coherently. A platform variable
 * set without what it needs (SLACK_SIGNING_SECRET without SLACK_BOT_TOKEN), or a misspelt one
 * (SLACK_BOT_TOKN), must stop the start with one line, not fall back to the console and exit 0.
 */
export const PLATFORM_ENV = {
  telegram: { required: 'TELEGRAM_BOT_TOKEN', vars: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_API_ROOT'] },
  slack: { required: 'SLACK_BOT_TOKEN', vars: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL'] },
  discord: { required: 'DISCORD_TOKEN', vars: ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DISCORD_MESSAGE_CONTENT'] },
} as const satisfies Record<string, { required: string; vars: readonly string[] }>;

export type PlatformName = keyof typeof PLATFORM_ENV;

const set = (env: NodeJS.ProcessEnv, name: string) => (env[name] ?? '').trim() !== '';

/** Platforms with at least one of their variables set. */
export function wantedPlatforms(env: NodeJS.ProcessEnv): PlatformName[] {
  return (Object.keys(PLATFORM_ENV) as PlatformName[]).filter((p) => PLATFORM_ENV[p].vars.some((v) => set(env, v)));
}

/** One line naming the problem, or null. Checked before any adapter is loaded. */
export function platformEnvProblem(env: NodeJS.ProcessEnv): string | null {
  const known = new Set<string>(Object.values(PLATFORM_ENV).flatMap((p) => [...p.vars]));
  for (const name of Object.keys(env).sort()) {
    if (!/^(TELEGRAM|SLACK|DISCORD)_/.test(name) || known.has(name) || !set(env, name)) continue;
    const close = [...known].find((k) => k.startsWith(name.split('_')[0]!) && distance(k, name) <= 3);
    // Other tools' SLACK_*/DISCORD_* variables may share the environment: only near misses and
    // credential-looking names are taken as a mistake.
    if (close) return `${name} is not a variable ATS Bot reads: did you mean ${close}?`;
    if (/TOKEN|SECRET|KEY/.test(name)) return `${name} is not a variable ATS Bot reads (see .env.example for the ${name.split('_')[0]!.toLowerCase()} variables)`;
  }
  for (const platform of wantedPlatforms(env)) {
    const { required, vars } = PLATFORM_ENV[platform];
    if (set(env, required)) continue;
    const given = vars.filter((v) => set(env, v)).join(', ');
    return `${required} is missing: ${given} ${given.includes(',') ? 'are' : 'is'} set, so ${platform} needs ${required} too (or unset ${given})`;
  }
  return null;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}
