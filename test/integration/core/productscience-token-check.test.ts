import { afterEach, beforeEach, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

let harness: CoreHarness;
beforeEach(async () => {
  harness = await startCoreHarness();
});
afterEach(() => harness.close());

it('refuses a Product Science token the service refuses, and saves nothing', async () => {
  const { baseUrl } = harness.sandbox.services.productscience!;
  const refused = await harness.core.dispatch('accounts.connect', {
    service: 'productscience',
    baseUrl,
    secret: 'nope',
  });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'unauthorized', service: 'productscience' },
  });
  expect(harness.settings.read().accounts.productscience.map((a) => a.kind)).toEqual(['sandbox']);
  expect(await harness.vault.get('productscience')).toBeUndefined();
});

it('accepts a token the service accepts, without creating anything there', async () => {
  const { baseUrl, secret } = harness.sandbox.services.productscience!;
  const emulator = harness.sandbox.services.productscience!.emulator;
  const before = emulator.requests.length;
  const connected = await harness.core.dispatch('accounts.connect', {
    service: 'productscience',
    baseUrl,
    secret,
  });
  expect(connected).toMatchObject({ ok: true, value: { status: 'connected' } });
  const asked = emulator.requests.slice(before);
  expect(asked).toHaveLength(1);
  expect(asked[0]!.headers.authorization).toBe(`Bearer ${secret}`);
  expect((emulator as unknown as { builds(): unknown[] }).builds()).toHaveLength(0);
});
