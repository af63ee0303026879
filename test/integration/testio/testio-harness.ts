import { expect } from 'vitest';
import type { ServiceCredentials } from '../../../main/core/accounts/accounts';
import type { TestioEmulator } from '../../../main/sandbox/testio/emulator';
import { workspaceOf } from '../../../main/sandbox/testio/workspace-routes';
import type { TestioWorkspace } from '../../../main/sandbox/testio/workspace';
import { DropshipError } from '../../../shared/errors';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/**
 * The real core and sandbox, plus what Test IO tests need: the client's credentials, the
 * emulator's workspace, and a clock the test moves by hand so progress is deterministic.
 */
export interface TestioHarness {
  harness: CoreHarness;
  emulator: TestioEmulator;
  credentials: ServiceCredentials;
  workspace: TestioWorkspace;
  clock: { now: number; advance(ms: number): void };
  close(): Promise<void>;
}

export async function startTestioHarness(): Promise<TestioHarness> {
  const harness = await startCoreHarness();
  const handle = harness.sandbox.services.testio!;
  const emulator = handle.emulator as TestioEmulator;
  const workspace = workspaceOf(emulator);
  const clock = {
    now: Date.now(),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  workspace.now = () => clock.now;
  workspace.pace = { startDelayMs: 1_000, msPerTestHour: 10_000 };
  return {
    harness,
    emulator,
    workspace,
    clock,
    credentials: {
      service: 'testio',
      baseUrl: handle.baseUrl,
      secret: handle.secret,
      auth: 'token',
      sandbox: true,
    },
    close: () => harness.close(),
  };
}

/** Awaits a promise that must fail with a DropshipError, and returns that error. */
export async function failure(promise: Promise<unknown>): Promise<DropshipError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DropshipError);
  return error as DropshipError;
}
