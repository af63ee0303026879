import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_APP_TOKENS } from '../../../main/sandbox/installr/emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** The installr channels through the real dispatcher, core and sandbox. */
let harness: CoreHarness;
beforeAll(async () => {
  harness = await startCoreHarness();
});
afterAll(() => harness.close());

const call = (channel: string, input?: unknown) =>
  harness.core.dispatch(`installr.${channel}`, input);

describe('installr handlers', () => {
  it('refuses an invite with an invalid address before calling Installr, naming it', async () => {
    const before = harness.sandbox.services.installr!.emulator.requests.length;
    const result = await call('inviteTesters', {
      appId: 65,
      build: 'latest',
      emails: 'ok@example.com, nope@, other@example.com',
      mode: 'notify',
    });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid_input',
        message: '“nope@” is not an email address (nothing after “@”).',
        fields: { emails: '“nope@” is not an email address (nothing after “@”).' },
      }),
    });
    expect(harness.sandbox.services.installr!.emulator.requests.length).toBe(before);
  });

  it('invites once per address and reports duplicates; the team shows them', async () => {
    const result = await call('inviteTesters', {
      appId: 67,
      build: 'latest',
      emails: 'zoe@example.com\nZoe@example.com; yan@example.com',
      mode: 'add',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'add', duplicates: ['zoe@example.com'] },
    });
    const team = await call('getTeam', { appId: 67, build: 'latest' });
    expect(
      team.ok && (team.value as { testers: { email: string }[] }).testers.map((t) => t.email),
    ).toEqual(['zoe@example.com', 'yan@example.com']);
  });

  it('asks for at least one address', async () => {
    const result = await call('inviteTesters', {
      appId: 67,
      build: 'latest',
      emails: ' ,',
      mode: 'notify',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { emails: 'Paste at least one email address.' } },
    });
  });

  it('reads app details and status by app token (anonymous) through the contract', async () => {
    const app = await call('getApp', { appId: 66 });
    expect(app).toMatchObject({ ok: true, value: { title: 'Parcel Tracker', builds: [{}, {}] } });
    const status = await call('appStatus', { appToken: ` ${SEED_APP_TOKENS.cafeIos} ` });
    expect(status).toMatchObject({ ok: true, value: { title: 'Cafe Rewards', version: '0.9.0' } });
    const bad = await call('appStatus', { appToken: 'not a token!' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
