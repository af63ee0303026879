import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

let harness: CoreHarness;
beforeEach(async () => {
  harness = await startCoreHarness();
});
afterEach(() => harness.close());

describe('accounts against the sandbox', () => {
  it('starts every service with an emulator on the sandbox', async () => {
    const result = await harness.core.dispatch('accounts.list', undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const installr = (result.value as { service: string; status: string }[]).find(
      (a) => a.service === 'installr',
    );
    expect(installr).toMatchObject({ status: 'sandbox' });
  });

  it('checks a token with the service before saving it, and keeps the secret out of settings', async () => {
    const { baseUrl, secret } = harness.sandbox.services.installr!;
    const refused = await harness.core.dispatch('accounts.connect', {
      service: 'installr',
      baseUrl,
      secret: 'wrong',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', service: 'installr' },
    });
    expect(harness.settings.read().accounts.installr.map((a) => a.kind)).toEqual(['sandbox']);

    const connected = await harness.core.dispatch('accounts.connect', {
      service: 'installr',
      baseUrl,
      secret,
    });
    expect(connected).toMatchObject({ ok: true, value: { status: 'connected', baseUrl } });
    expect(JSON.stringify(harness.settings.read())).not.toContain(secret);
    const id = (connected as { value: { account: { id: string } } }).value.account.id;
    expect(await harness.vault.get(`installr.${id}`)).toBe(secret);
    expect(JSON.stringify(connected)).not.toContain(secret);
  });

  it('disconnecting removes the secret; the sandbox can be chosen again', async () => {
    const { baseUrl, secret } = harness.sandbox.services.installr!;
    await harness.core.dispatch('accounts.disconnect', { service: 'installr' }); // the sandbox
    await harness.core.dispatch('accounts.connect', { service: 'installr', baseUrl, secret });
    const id = harness.core.ctx.accounts.find('installr')!.id;
    const events: unknown[] = [];
    harness.core.ctx.events.subscribe((name, payload) => events.push([name, payload]));
    expect(
      await harness.core.dispatch('accounts.disconnect', { service: 'installr' }),
    ).toMatchObject({
      ok: true,
      value: { status: 'not_connected', accounts: [] },
    });
    expect(await harness.vault.get(`installr.${id}`)).toBeUndefined();
    expect(await harness.core.dispatch('installr.listApps', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_connected', hint: expect.stringContaining('Settings') },
    });
    expect(
      await harness.core.dispatch('accounts.useSandbox', { service: 'installr' }),
    ).toMatchObject({
      ok: true,
      value: { status: 'sandbox' },
    });
    expect(events.map((e) => (e as [string])[0])).toEqual(['accounts.changed', 'accounts.changed']);
  });

  it('says clearly when the service cannot be reached', async () => {
    const { baseUrl, secret } = harness.sandbox.services.installr!;
    await harness.sandbox.services.installr!.emulator.close();
    const result = await harness.core.dispatch('accounts.connect', {
      service: 'installr',
      baseUrl,
      secret,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'network',
        retryable: true,
        message: `Could not reach Installr at ${new URL(baseUrl).host}.`,
      },
    });
  });
});
