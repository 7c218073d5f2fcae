import { defineConfig } from 'vitest/config';

// Packages resolve to their TypeScript sources through the "@psagate/source" export condition,
// so tests never need a build first.
export default defineConfig({
  resolve: {
    conditions: ['@psagate/source', 'module', 'node', 'import', 'default'],
  },
  ssr: {
    resolve: {
      conditions: ['@psagate/source', 'module', 'node', 'import', 'default'],
    },
  },
  test: {
    include: ['packages/*/{src,examples}/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
    // Fails any test during which a canary credential reached stdout, stderr or the console.
    setupFiles: ['packages/core/src/testing/canary-output-guard.setup.ts'],
  },
});
