import { execFileSync } from 'node:child_process';

/** Builds the renderer once per e2e run. */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DROPSHIP_E2E_SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
