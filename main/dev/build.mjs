// Builds what Electron loads: dist/main (ESM), dist/preload/index.cjs (one CommonJS file,
// as sandboxed preloads require) and dist/renderer (Vite). Beside dist/main/index.js sit
// the entries of the app's other threads and processes, each one self-contained CommonJS
// file (no node_modules lookups and no ESM loader needed from inside app.asar):
// inspect-worker.cjs (main/core/inspect/worker-pool.ts) and sandbox.cjs
// (main/sandbox-process.ts, main/sandbox/launch.ts).
// dist/cli is the command line on its own (buildCli below).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { build as buildRenderer } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** Installed beside the app (package.json dependencies), so not bundled. */
export const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

/** Every entry the app ships besides the renderer (test/unit/dev/shipped-code.test.ts). */
export const entries = {
  main: 'main/index.ts',
  inspectWorker: 'main/core/inspect/inspect-worker.ts',
  sandbox: 'main/sandbox/child.ts',
  preload: 'preload/index.ts',
};

/**
 * dist/cli/dropship.mjs: the command line, run by Node (`node dist/cli/dropship.mjs
 * inspect app.apk`). Dependencies are bundled in and each command is split into its own
 * chunk, so a command loads only its own code and resolves nothing in node_modules:
 * `inspect` starts within a few tens of ms of a bare Node (test/bench/startup.ts).
 * The inspection worker sits beside it, for `upload` and `diff`.
 */
export async function buildCli(outdir = 'dist/cli') {
  await Promise.all([
    build({
      entryPoints: { dropship: 'main/cli/index.ts' },
      outdir,
      outExtension: { '.js': '.mjs' },
      splitting: true,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Bundled CommonJS packages (yauzl, plist…) call require() for Node's own modules.
      banner: {
        js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
      },
      logLevel: 'warning',
    }),
    build({
      entryPoints: { 'inspect-worker': 'main/core/inspect/inspect-worker.ts' },
      outdir,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
    }),
  ]);
}

export async function buildApp({ renderer = true } = {}) {
  await Promise.all([
    build({
      entryPoints: [entries.main],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: 'dist/main/index.js',
      external,
      sourcemap: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: {
        'inspect-worker': entries.inspectWorker,
        sandbox: entries.sandbox,
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
      sourcemap: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: [entries.preload],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      outfile: 'dist/preload/index.cjs',
      external: ['electron'],
      logLevel: 'warning',
    }),
  ]);
  if (renderer) {
    // Rolldown's "plugin timings" report is advice for plugin authors, not a problem here.
    await buildRenderer({
      logLevel: 'warn',
      build: { rolldownOptions: { checks: { bundlerTimings: false } } },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all([buildApp(), buildCli()]);
  console.log('Built dist/main, dist/preload, dist/renderer and dist/cli.');
}
