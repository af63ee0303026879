import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

let harness: CoreHarness;
beforeEach(async () => {
  harness = await startCoreHarness();
});
afterEach(() => harness.close());

describe('tokens travel over https only (plain http on this computer alone)', () => {
  it('refuses to connect to an http:// address on the network, before sending the token', async () => {
    const installr = harness.sandbox.services.installr!;
    const before = (installr.emulator as { requests: unknown[] }).requests.length;
    const refused = await harness.core.dispatch('accounts.connect', {
      service: 'installr',
      baseUrl: 'http://installr.example.com/',
      secret: installr.secret,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        service: 'installr',
        message: expect.stringMatching(/will not send your Installr token .* Use https:\/\//),
        fields: { baseUrl: expect.stringMatching(/^Use https:\/\//) },
      },
    });
    expect(JSON.stringify(refused)).not.toContain(installr.secret);
    expect(harness.settings.read().accounts.installr.map((a) => a.kind)).toEqual(['sandbox']);
    expect(await harness.vault.get('installr')).toBeUndefined();
    expect((installr.emulator as { requests: unknown[] }).requests.length).toBe(before);
  });

  it('connects to an http:// address on loopback (the sandbox)', async () => {
    const { baseUrl, secret } = harness.sandbox.services.installr!;
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const connected = await harness.core.dispatch('accounts.connect', {
      service: 'installr',
      baseUrl,
      secret,
    });
    expect(connected).toMatchObject({ ok: true, value: { status: 'connected' } });
  });

  it('refuses an http:// account already in settings (as the CLI builds from the environment)', async () => {
    await harness.vault.set('installr.env', 'a-token');
    harness.settings.write({
      ...harness.settings.read(),
      accounts: {
        ...harness.settings.read().accounts,
        installr: [
          {
            kind: 'account',
            id: 'env',
            name: 'Env',
            baseUrl: 'http://192.0.2.1',
            label: 'env',
            auth: 'token',
          },
        ],
      },
    });
    expect(await harness.core.dispatch('installr.listApps', undefined)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Use https:\/\//) },
    });
  });
});
