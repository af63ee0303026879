import { beforeAll, expect, it } from 'vitest';
import { connectBitbarWithPassword } from '../../support/bitbar-sign-in';
import { PATIENTLY, storesOnRealCore } from '../../support/renderer-bridge';

// Types only: the stores themselves are imported once window.dropship exists.
import type * as ProjectsStore from '../../../renderer/src/stores/bitbar-projects-store';
import type * as SessionStore from '../../../renderer/src/stores/bitbar-session-store';

type ProjectsModule = typeof ProjectsStore;
type SessionModule = typeof SessionStore;

const real = storesOnRealCore();
let projects: ProjectsModule;
let session: SessionModule;

beforeAll(async () => {
  projects = await import('../../../renderer/src/stores/bitbar-projects-store');
  session = await import('../../../renderer/src/stores/bitbar-session-store');
});

it("Upload's Bitbar projects ask to sign in when the session ended, then load", async () => {
  const { connected, emulator } = await connectBitbarWithPassword(real.harness);
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
