import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/** Builds the renderer and the browser bridge once per e2e run. */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DROPSHIP_E2E_SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  await build({
    entryPoints: ['test/support/browser-bridge.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    outfile: 'dist/test/browser-bridge.js',
    logLevel: 'warning',
  });
}
