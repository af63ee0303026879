import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionTest, NetworkStatus } from '../../../shared/contract/network';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { call } from '../transfer/upload-harness';

const USER = { username: 'qa', password: 's3cret!pw' };
let harness: CoreHarness;
let proxy: ForwardProxy;
let dir: string;
let caFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-net-settings-'));
  harness = await startCoreHarness({ sandbox: { https: true } });
  proxy = await startForwardProxy({ credentials: USER });
  caFile = join(dir, 'corp-root.pem');
  await writeFile(caFile, harness.sandbox.ca!);
});
afterAll(async () => {
  await proxy.close();
  await harness.close();
  await rm(dir, { recursive: true, force: true });
});

const status = () => call<NetworkStatus>(harness.core, 'network.status');
const test = (service: string) => call<ConnectionTest>(harness.core, 'network.test', { service });
const update = (input: Record<string, unknown>) =>
  call<NetworkStatus>(harness.core, 'network.update', {
    proxyMode: 'system',
    proxyUrl: '',
    caFiles: [],
    ...input,
  });
const stepStates = (result: ConnectionTest) => result.steps.map((s) => `${s.step}:${s.state}`);

describe('Settings → Network', () => {
  it('shows each service going direct, and the trusted CA sources', async () => {
    const now = await status();
    expect(now.services.map((s) => [s.service, s.route])).toEqual([
      ['installr', 'Direct'],
      ['testio', 'Direct'],
      ['bitbar', 'Direct'],
      ['productscience', 'Direct'],
    ]);
    expect(now.caSources[0]).toBe('Built-in certificate authorities');
  });

  it('says the TLS step failed when the service’s CA is not trusted, then passes with it', async () => {
    const untrusted = await test('installr');
    expect(stepStates(untrusted)).toEqual([
      'lookup:ok',
      'proxy:skipped',
      'tls:failed',
      'authentication:skipped',
      'service:skipped',
    ]);
    expect(untrusted.steps[2]!.detail).toMatch(/root certificate in Settings → Network/);

    const saved = await update({ caFiles: [caFile] });
    expect(saved.caSources).toContain('corp-root.pem');
    const trusted = await test('installr');
    expect(trusted.ok).toBe(true);
    expect(stepStates(trusted)).toEqual([
      'lookup:ok',
      'proxy:skipped',
      'tls:ok',
      'authentication:ok',
      'service:ok',
    ]);
  });

  it('refuses a CA file that is not PEM, at its field', async () => {
    const notPem = join(dir, 'not.pem');
    await writeFile(notPem, 'hello');
    await expect(update({ caFiles: [notPem] })).rejects.toMatchObject({
      code: 'invalid_input',
      fields: { caFiles: expect.stringContaining('holds no PEM certificate') },
    });
  });

  it('says the proxy step failed on a 407, and passes once the credentials are saved', async () => {
    const address = `${proxy.host}:${proxy.port}`;
    const manual = await update({ proxyMode: 'manual', proxyUrl: address, caFiles: [caFile] });
    expect(manual.services[0]).toMatchObject({ route: `http://${address}`, origin: 'manual' });
    const refused = await test('bitbar');
    expect(stepStates(refused).slice(0, 3)).toEqual(['lookup:ok', 'proxy:failed', 'tls:skipped']);
    expect(refused.steps[1]!.detail).toContain(
      `The proxy at ${address} asked for a user name and password`,
    );

    // Credentials typed into the address go to the vault; settings and status keep the bare URL.
    const withUser = await update({
      proxyMode: 'manual',
      proxyUrl: `http://${USER.username}:${encodeURIComponent(USER.password)}@${address}`,
      caFiles: [caFile],
    });
    expect(withUser).toMatchObject({ proxyUrl: `http://${address}`, hasProxyCredentials: true });
    expect(JSON.stringify(withUser)).not.toContain(USER.password);
    expect(JSON.stringify(harness.settings.read())).not.toContain(USER.password);
    expect(await harness.vault.get('network.proxy')).toContain(USER.password);
    const through = await test('bitbar');
    expect(through.ok).toBe(true);
    expect(through.steps[1]).toMatchObject({ step: 'proxy', state: 'ok' });
    expect(proxy.requests.at(-1)).toMatchObject({ kind: 'connect', authorized: true });
  });

  it('says the authentication step failed when the service refuses the token', async () => {
    await update({ caFiles: [caFile] });
    await harness.vault.set('testio.t', 'wrong-token');
    const { baseUrl } = harness.sandbox.services.testio!;
    harness.settings.write({
      ...harness.settings.read(),
      accounts: {
        ...harness.settings.read().accounts,
        testio: [{ kind: 'account', id: 't', name: 'Test', baseUrl, label: 'test', auth: 'token' }],
      },
    });
    const result = await test('testio');
    expect(stepStates(result)).toEqual([
      'lookup:ok',
      'proxy:skipped',
      'tls:ok',
      'authentication:failed',
      'service:skipped',
    ]);
  });
});
