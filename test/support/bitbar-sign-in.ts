import type { Core } from '../../main/core/create-core';
import type { Sandbox } from '../../main/sandbox';
import type { BitbarEmulator } from '../../main/sandbox/bitbar/emulator';

/**
 * Connects Bitbar with the sandbox's demo e-mail and password (an OAuth session, not an
 * API key), as a person does in Settings; returns the emulator so a test can end sessions.
 */
export async function connectBitbarWithPassword(harness: { core: Core; sandbox: Sandbox }) {
  const bitbar = harness.sandbox.services.bitbar!;
  const emulator = bitbar.emulator as BitbarEmulator;
  const connected = await harness.core.dispatch('accounts.connect', {
    service: 'bitbar',
    baseUrl: bitbar.baseUrl,
    auth: 'oauth',
    username: emulator.demoUser.email,
    secret: emulator.demoUser.password,
  });
  return { connected, emulator };
}
