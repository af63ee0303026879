import type { sandboxEndpoints } from './index';

export type SandboxEndpoints = ReturnType<typeof sandboxEndpoints>;

/** What the sandbox process tells the app: its endpoints (with demo tokens), or why not. */
export type SandboxReport =
  { type: 'ready'; endpoints: SandboxEndpoints } | { type: 'failed'; message: string };

/** What the app tells the sandbox process. */
export type SandboxCommand = { type: 'stop' };
