/** LINK_FETCH and LINK_RATE_LIMIT_MAX as main.ts reads them. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('link settings', () => {
  it('on by default, 10 links per RATE_LIMIT_WINDOW_MINUTES', () => {
    expect(loadConfig({}).links).toEqual({ rateLimit: { max: 10, windowMs: 600_000 } });
    expect(loadConfig({ LINK_RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MINUTES: '5' }).links).toEqual({ rateLimit: { max: 3, windowMs: 300_000 } });
  });

  it('LINK_FETCH=off turns it off; anything but on/off is refused, naming the variable', () => {
    expect(loadConfig({ LINK_FETCH: 'OFF' }).links).toBeNull();
    expect(loadConfig({ LINK_FETCH: ' ' }).links).not.toBeNull();
    expect(() => loadConfig({ LINK_FETCH: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ LINK_FETCH: 'maybe' })).toThrow(/LINK_FETCH/);
  });
});
