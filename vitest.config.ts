import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: fake browser (WxtVitest), fake IndexedDB, happy-dom.
export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins, so JSX needs preact() here too.
  plugins: [WxtVitest(), preact()],
  test: {
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line for both tiers.
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx', 'test/corpus/**/*.test.ts', 'test/conventions/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    mockReset: true,
    unstubGlobals: true,
    restoreMocks: true,
  },
});
