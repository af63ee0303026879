import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SandboxCommand, SandboxEndpoints, SandboxReport } from './process-protocol';

/** A sandbox running in another process. */
export interface SandboxProcess {
  endpoints: SandboxEndpoints;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * From source this module is TypeScript and the child entry its sibling, run through tsx;
 * bundled (main/dev/build.mjs) the entry is dist/main/sandbox.cjs beside the bundle.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
export const SANDBOX_ENTRY = new URL(FROM_SOURCE ? './child.ts' : './sandbox.cjs', import.meta.url);

/**
 * Starts the sandbox in a Node child process and resolves once it reports its endpoints.
 * (The Electron app uses a utility process instead; see main/sandbox-process.ts.)
 */
export function launchSandboxProcess(timeoutMs = 30_000): Promise<SandboxProcess> {
  const child = fork(SANDBOX_ENTRY, [], {
    execArgv: FROM_SOURCE ? ['--import', tsxLoader()] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return awaitReport(
    (listener) => child.on('message', (message) => listener(message as SandboxReport)),
    (listener) => child.once('exit', (code) => listener(code)),
    timeoutMs,
    () => child.kill(),
  ).then((endpoints) => ({
    endpoints,
    pid: child.pid,
    stop: () => stopChild(child),
  }));
}

/**
 * The shared half of both launchers: the first report decides, an early exit or a start
 * that takes longer than `timeoutMs` is a failure (and the process is stopped).
 */
export function awaitReport(
  onMessage: (listener: (report: SandboxReport) => void) => void,
  onExit: (listener: (code: number | null) => void) => void,
  timeoutMs: number,
  kill: () => void,
): Promise<SandboxEndpoints> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`it did not start within ${timeoutMs / 1000} seconds`));
    }, timeoutMs);
    onMessage((report) => {
      clearTimeout(timer);
      if (report.type === 'ready') resolve(report.endpoints);
      else reject(new Error(report.message));
    });
    onExit((code) => {
      clearTimeout(timer);
      reject(new Error(`its process stopped (exit code ${code ?? 'none'})`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' } satisfies SandboxCommand);
  });
}

function tsxLoader(): string {
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  return new URL('./dist/loader.mjs', tsxPackage).href; // tsx's "." export
}
