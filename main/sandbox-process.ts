import { utilityProcess, type UtilityProcess } from 'electron';
import { join } from 'node:path';
import { awaitReport } from './sandbox/launch';
import type { SandboxCommand, SandboxEndpoints, SandboxReport } from './sandbox/process-protocol';

/**
 * The app's sandbox, in an Electron utility process: its servers never share the main
 * process's event loop, and it needs no ELECTRON_RUN_AS_NODE (that fuse is off). The entry
 * is dist/main/sandbox.cjs, bundled beside the app by main/dev/build.mjs.
 */
export class UtilitySandbox {
  #child: UtilityProcess | undefined;

  readonly start = async (): Promise<SandboxEndpoints> => {
    const child = utilityProcess.fork(join(import.meta.dirname, 'sandbox.cjs'), [], {
      serviceName: 'Dropship sandbox',
      stdio: 'inherit',
    });
    this.#child = child;
    return awaitReport(
      (listener) => child.on('message', (message) => listener(message as SandboxReport)),
      (listener) => child.once('exit', (code) => listener(code)),
      30_000,
      () => child.kill(),
    );
  };

  /** Asks it to close its servers; kills it if it has not exited after a few seconds. */
  stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (!child?.pid) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => child.kill(), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.postMessage({ type: 'stop' } satisfies SandboxCommand);
    });
  }
}
