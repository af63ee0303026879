import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { installRendererBridge, PATIENTLY } from '../../support/renderer-bridge';

// Types only: the stores themselves are imported once window.dropship exists.
import type * as ProjectsStore from '../../../renderer/src/stores/bitbar-projects-store';
import type * as SessionStore from '../../../renderer/src/stores/bitbar-session-store';

type ProjectsModule = typeof ProjectsStore;
type SessionModule = typeof SessionStore;

let harness: CoreHarness;
let projects: ProjectsModule;
let session: SessionModule;
let uninstall: () => void;

beforeAll(async () => {
  harness = await startCoreHarness();
  uninstall = installRendererBridge(harness.core);
  projects = await import('../../../renderer/src/stores/bitbar-projects-store');
  session = await import('../../../renderer/src/stores/bitbar-session-store');
});

afterAll(async () => {
  uninstall();
  await harness.close();
});

it("Upload's Bitbar projects ask to sign in when the session ended, then load", async () => {
  const bitbar = harness.sandbox.services.bitbar!;
  const emulator = bitbar.emulator as BitbarEmulator;
  const connected = await harness.core.dispatch('accounts.connect', {
    service: 'bitbar',
    baseUrl: bitbar.baseUrl,
    auth: 'oauth',
    username: emulator.demoUser.email,
    secret: emulator.demoUser.password,
  });
  expect(connected.ok).toBe(true);
  emulator.bitbar.auth.revokeSessions();

  const loading = projects.useBitbarProjects.getState().loadChoices();
  await expect
    .poll(() => session.useBitbarSession.getState().prompt, PATIENTLY)
    .toEqual({ email: emulator.demoUser.email });
  await session.useBitbarSession.getState().signIn(emulator.demoUser.password);
  await loading;

  const choices = projects.useBitbarProjects.getState().choices;
  expect(choices.error).toBeUndefined();
  expect(choices.data?.map((p) => p.name)).toContain('Movies app (Android)');
});
