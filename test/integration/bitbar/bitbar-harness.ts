import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import type { BitbarEmulatorOptions } from '../../../main/sandbox/bitbar/emulator';
import type { DropshipErrorShape } from '../../../shared/errors';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

export interface BitbarHarness extends CoreHarness {
  emulator: BitbarEmulator;
  /** Calls `bitbar.<channel>` through the real dispatcher; resolves with the value. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** The same, expecting a failure; resolves with the error shape. */
  fail(channel: string, input?: unknown): Promise<DropshipErrorShape>;
}

/** The core and a sandbox whose Bitbar runs advance every `stepMs` (fast for tests). */
export async function startBitbarHarness(
  options: BitbarEmulatorOptions = {},
): Promise<BitbarHarness> {
  const harness = await startCoreHarness({ sandbox: { bitbar: { stepMs: 15, ...options } } });
  const emulator = harness.sandbox.services.bitbar!.emulator as BitbarEmulator;
  return {
    ...harness,
    emulator,
    call: async <T>(channel: string, input?: unknown) => {
      const result = await harness.core.dispatch(`bitbar.${channel}`, input);
      if (!result.ok) throw new Error(`bitbar.${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    fail: async (channel: string, input?: unknown) => {
      const result = await harness.core.dispatch(`bitbar.${channel}`, input);
      if (result.ok) throw new Error(`bitbar.${channel} succeeded unexpectedly`);
      return result.error;
    },
  };
}

/** Polls until `check` returns a value (runs advance on the emulator's clock). */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 5000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
