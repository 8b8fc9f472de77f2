import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: keep parallel files modest so PDF parsing and fake servers don't starve each other.
    maxWorkers: 2,
  },
});
