import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BitbarDevicePage, BitbarGroups } from '../../../shared/contract/bitbar-devices';
import { oauthTokenUrl } from '../../../main/core/providers/bitbar/oauth';
import { vaultKey, type SecretPart } from '../../../main/core/accounts/account-keys';
import { startBitbarHarness, type BitbarHarness } from './bitbar-harness';

/** OAuth sessions through the real core: sign-in, refresh before expiry, 401 mid-session. */
let h: BitbarHarness;
beforeEach(async () => {
  h = await startBitbarHarness({ tokenLifetimeSeconds: 3 });
  const { baseUrl } = h.sandbox.services.bitbar!;
  const connected = await h.core.dispatch('accounts.connect', {
    service: 'bitbar',
    baseUrl,
    auth: 'oauth',
    username: h.emulator.demoUser.email,
    secret: h.emulator.demoUser.password,
  });
  expect(connected).toMatchObject({
    ok: true,
    value: { label: 'connected as demo@bitbar.example', auth: 'oauth' },
  });
});
afterEach(() => h.close());

/** Where the vault keeps the connected OAuth account's secrets. */
let accountId = '';
beforeEach(() => {
  accountId = h.core.ctx.accounts.find('bitbar')?.id ?? '';
});
const key = (part: SecretPart) => vaultKey('bitbar', accountId, part);

const tokenRequests = () => h.emulator.requests.filter((r) => r.path === '/oauth/token').length;

describe('Bitbar OAuth', () => {
  it('finds the token endpoint beside the API root, on-premises too', () => {
    expect(oauthTokenUrl('https://cloud.bitbar.com/api')).toBe(
      'https://cloud.bitbar.com/oauth/token',
    );
    expect(oauthTokenUrl('https://bitbar.corp.example/testing/api/')).toBe(
      'https://bitbar.corp.example/testing/oauth/token',
    );
  });

  it('signs in with the password once, keeps only tokens-in-vault, and sends the access token in the URL', async () => {
    // Connecting signed in; the password itself is not kept anywhere.
    expect(tokenRequests()).toBe(1);
    expect(await h.vault.get(key('secret'))).toBeUndefined();
    await h.call('groups', {});
    expect(tokenRequests()).toBe(1);
    const session = JSON.parse((await h.vault.get(key('oauth')))!);
    expect(session).toMatchObject({ username: 'demo@bitbar.example', signedOut: false });
    expect(session.accessToken).toMatch(/^[0-9a-f-]{36}$/);
    const call = h.emulator.requests.findLast((r) => r.path === '/api/v2/me/device-groups')!;
    expect(call.query).toContain(`access_token=${session.accessToken}`);
    expect(call.headers.accept).toBe('application/json');
    expect(
      h.emulator.requests
        .filter((r) => r.path === '/oauth/token')
        .every((r) => !r.query.includes('password')),
    ).toBe(true);
  });

  it('refreshes before the token expires, then keeps working', async () => {
    await h.call('groups', {});
    const first = JSON.parse((await h.vault.get(key('oauth')))!).accessToken;
    await new Promise((resolve) => setTimeout(resolve, 2800)); // inside the refresh margin
    const tokenCallsBefore = tokenRequests();
    await h.call('groups', {});
    const after = JSON.parse((await h.vault.get(key('oauth')))!);
    expect(after.accessToken).not.toBe(first);
    expect(tokenRequests()).toBe(tokenCallsBefore + 1);
    // No request was refused on the way: the refresh came first.
    expect(h.emulator.requests.filter((r) => r.path === '/api/v2/me/device-groups').length).toBe(2);
  });

  it('on a 401 mid-session refreshes once and retries, sharing one refresh among parallel calls', async () => {
    await h.call('groups', {});
    h.emulator.bitbar.auth.expireAccessTokens();
    const tokenCallsBefore = tokenRequests();
    const results = await Promise.all([
      h.call<BitbarGroups>('groups', {}),
      h.call('notifications', {}),
      h.call('projects', {}),
    ]);
    expect(results[0].mine.length).toBeGreaterThan(0);
    expect(tokenRequests()).toBe(tokenCallsBefore + 1);
  });

  it('when the refresh is refused, asks to sign in again and continues after the password', async () => {
    const events: unknown[] = [];
    h.core.ctx.events.subscribe((name, payload) => events.push([name, payload]));
    await h.call('groups', {});
    h.emulator.bitbar.auth.revokeSessions();

    const error = await h.fail('groups', {});
    expect(error).toMatchObject({
      code: 'unauthorized',
      service: 'bitbar',
      message: 'Your Bitbar session has ended.',
    });
    expect(JSON.stringify(error)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(events).toContainEqual(['bitbar.signInRequired', { email: 'demo@bitbar.example' }]);
    expect(await h.call('session')).toEqual({
      auth: 'oauth',
      email: 'demo@bitbar.example',
      needsSignIn: true,
    });
    // Later calls do not hammer Bitbar with the dead refresh token.
    const tokenCalls = tokenRequests();
    await h.fail('projects', {});
    expect(tokenRequests()).toBe(tokenCalls);

    expect(await h.fail('signIn', { password: 'wrong' })).toMatchObject({
      code: 'unauthorized',
      message: 'Bitbar did not accept the e-mail and password.',
    });
    expect(await h.call('signIn', { password: h.emulator.demoUser.password })).toEqual({
      auth: 'oauth',
      email: 'demo@bitbar.example',
      needsSignIn: false,
    });
    expect((await h.call<BitbarGroups>('groups', {})).mine.length).toBeGreaterThan(0);
  });

  it('checks the connection with its session, and asks for the password once it has none', async () => {
    expect(await h.core.dispatch('accounts.test', { service: 'bitbar' })).toMatchObject({
      ok: true,
      value: { detail: 'connected as demo@bitbar.example' },
    });
    expect(tokenRequests()).toBe(1);
    await h.vault.delete(key('oauth'));
    expect(await h.call('session')).toMatchObject({ needsSignIn: true });
    expect(await h.fail('projects', {})).toMatchObject({ code: 'unauthorized', service: 'bitbar' });
    expect(tokenRequests()).toBe(1);
    expect(await h.call('signIn', { password: h.emulator.demoUser.password })).toMatchObject({
      needsSignIn: false,
    });
    expect(await h.vault.get(key('secret'))).toBeUndefined();
  });

  it('browses the public catalog without credentials even while signed out', async () => {
    h.emulator.bitbar.auth.revokeSessions();
    const page = await h.call<BitbarDevicePage>('devices', { limit: 5 });
    expect(page.devices).toHaveLength(5);
  });

  it('a wrong password at connect time is refused and nothing is stored', async () => {
    const { baseUrl } = h.sandbox.services.bitbar!;
    await h.core.dispatch('accounts.disconnect', { service: 'bitbar' });
    const refused = await h.core.dispatch('accounts.connect', {
      service: 'bitbar',
      baseUrl,
      auth: 'oauth',
      username: 'demo@bitbar.example',
      secret: 'nope',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: 'Bitbar did not accept the e-mail and password.' },
    });
    expect(await h.vault.get(key('oauth'))).toBeUndefined();
  });
});
