import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Electron cannot run here: the shell's tests get a stand-in for the `electron` module
  // (electron-store is inlined so its own `import electron` gets the stand-in too).
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/shell/electron-fake.ts', import.meta.url)) },
  },
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/shell/**/*.test.ts',
      // Real-world builds from beside the repository; skipped, with the reason, without them.
      'test/conformance/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: { deps: { inline: ['electron-store'] } },
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
