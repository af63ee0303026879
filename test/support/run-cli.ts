import { execFile } from 'node:child_process';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in a child process (tsx loader) without any token or DROPSHIP_ setting of
 * the machine's own environment: only `env` reaches it. Give it a DROPSHIP_DATA_DIR so a run
 * against "real" services (the sandbox by URL) never writes into this machine's app history.
 */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/_API_(TOKEN|KEY)(__|$)|^DROPSHIP_/.test(key)),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'main/cli/index.ts', ...args],
      { env: { ...clean, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        done({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}
