// The sandbox in a process of its own: an Electron utility process in the app, a Node
// child process elsewhere. It starts every emulator, reports the endpoints (addresses and
// the demo tokens it just made) to its parent, and closes them when told to stop or when
// the parent goes away. Nothing here is Electron-specific: `process.parentPort` is
// Electron's channel to a utility process, `process.send` Node's to a forked child.
import { sandboxEndpoints, startSandbox } from './index';
import type { SandboxCommand, SandboxReport } from './process-protocol';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function report(message: SandboxReport): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function onCommand(listener: (command: SandboxCommand) => void): void {
  if (parentPort) parentPort.on('message', (event) => listener(event.data as SandboxCommand));
  else process.on('message', (message) => listener(message as SandboxCommand));
}

async function main(): Promise<void> {
  const sandbox = await startSandbox();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void sandbox.close().finally(() => process.exit(0));
  };
  onCommand((command) => command.type === 'stop' && stop());
  process.on('disconnect', stop); // a Node parent that exits or closes the channel
  process.on('SIGTERM', stop);
  report({ type: 'ready', endpoints: sandboxEndpoints(sandbox) });
}

// No top-level await: the bundled entry is CommonJS.
main().catch((error: unknown) => {
  report({ type: 'failed', message: (error as Error).message });
  process.exit(1);
});
