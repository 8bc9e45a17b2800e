import { defineConfig } from 'vitest/config';

// Real-browser tests: playwright-core drives Debian's Chromium with the built extension loaded.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line for both tiers.
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    // One browser at a time: the machines have two cores and each test launches its own Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
