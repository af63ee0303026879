import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePacList, type ProxyRoute } from '../../../main/core/http/proxy-rules';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { startSocks5Proxy, type Socks5Proxy } from '../../support/socks5-proxy';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import { fastRetries, settle, startUpload } from '../transfer/upload-harness';
import { fixture } from '../../fixtures';
import { everywhere, hostsOf, network, expectRefusedByProxy } from './network-harness';

/** Issue 10: a PAC list may name a SOCKS proxy; deliveries go through it, credentials too. */
const CREDENTIALS = { username: 'ci user', password: 'p@ss:wörd/1' };

let dir: string;
let medium: string;
let harness: CoreHarness | undefined;
const proxies: Socks5Proxy[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-socks-'));
  medium = join(dir, 'hello-medium.apk');
  await writePaddedZip(fixture('android-plain.apk'), medium, 3 * 1024 * 1024);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await Promise.all(proxies.splice(0).map((p) => p.close()));
});

async function socks(options: Parameters<typeof startSocks5Proxy>[0] = {}) {
  const proxy = await startSocks5Proxy(options);
  proxies.push(proxy);
  return proxy;
}

/** `SOCKS5 host:port` from a PAC list, with the credentials Settings would add. */
const viaSocks =
  (proxy: Socks5Proxy, credentials?: { username: string; password: string }) => (): ProxyRoute[] =>
    parsePacList(`SOCKS5 ${proxy.host}:${proxy.port}`).map((route) =>
      route.kind === 'proxy' && credentials ? { ...route, credentials } : route,
    );

async function deliverEverywhere(h: CoreHarness, file: string) {
  const { jobs } = await startUpload(h.core, file, everywhere(h));
  return settle(
    h.core,
    jobs.map((j) => j.id),
  );
}

/** Test IO takes builds over 1 MB through S3's presigned POST. */
const settings = { uploads: { testioDirectUploadLimit: 1_000_000 } };

describe.each([
  { name: 'without credentials', credentials: undefined },
  { name: 'with user name and password (RFC 1929)', credentials: CREDENTIALS },
])('deliveries through a SOCKS5 proxy $name', ({ credentials }) => {
  it('sends every wire shape to every service over HTTPS through it, byte-exact', async () => {
    const proxy = await socks(credentials ? { credentials } : {});
    harness = await startCoreHarness({
      sandbox: { https: true },
      settings,
      network: network(viaSocks(proxy, credentials), { trustSandbox: true }),
      uploads: fastRetries(),
    });
    const jobs = await deliverEverywhere(harness, medium);
    const sha = createHash('sha256')
      .update(await readFile(medium))
      .digest('hex');
    expect(jobs.map((j) => [j.state, j.attempt, j.error?.message])).toEqual(
      Array(4).fill(['done', 1, undefined]),
    );
    expect(jobs.map((j) => j.result?.sha256)).toEqual([sha, sha, sha, sha]);
    // Progress counted at the socket inside the tunnel: every byte, never more.
    for (const job of jobs) expect(job.progress.bytesSent).toBe(job.progress.totalBytes);

    const hosts = hostsOf(harness.sandbox);
    expect([...new Set(proxy.requests.map((r) => r.target))].sort()).toEqual(
      Object.values(hosts).sort(),
    );
    expect(proxy.requests.every((r) => r.authorized)).toBe(true);
    const { size } = await stat(medium);
    const through = (host: string) =>
      proxy.requests.filter((r) => r.target === host).reduce((sum, r) => sum + r.bytes, 0);
    for (const host of [hosts.installr, hosts.bitbar, hosts.s3, hosts.gcs]) {
      expect(through(host)).toBeGreaterThanOrEqual(size);
    }
  });
});

it('moves on to the PAC list’s next SOCKS entry when one cannot be reached', async () => {
  const proxy = await socks();
  const closed = await socks();
  await closed.close();
  harness = await startCoreHarness({
    sandbox: { https: true },
    network: network(
      () => parsePacList(`SOCKS5 ${closed.host}:${closed.port}; SOCKS ${proxy.host}:${proxy.port}`),
      { trustSandbox: true },
    ),
    uploads: fastRetries(),
  });
  const [job] = await deliverEverywhere(harness, fixture('android-plain.apk'));
  expect(job).toMatchObject({ state: 'done', attempt: 1 });
  expect(proxy.requests.length).toBeGreaterThan(0);
});

describe('a SOCKS5 proxy that says no', () => {
  it('stops at once when it wants a user name and password it did not get', async () => {
    const proxy = await socks({ credentials: CREDENTIALS });
    harness = await startCoreHarness({
      sandbox: { https: true },
      network: network(viaSocks(proxy, { ...CREDENTIALS, password: 'wrong' }), {
        trustSandbox: true,
      }),
      uploads: fastRetries(),
    });
    const jobs = await deliverEverywhere(harness, fixture('android-plain.apk'));
    expectRefusedByProxy(jobs, proxy);
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(proxy.requests.every((r) => !r.authorized)).toBe(true);
  });

  it('names the proxy and its reason when it refuses the connection', async () => {
    const proxy = await socks({ refuse: 2 });
    harness = await startCoreHarness({
      sandbox: { https: true },
      network: network(viaSocks(proxy), { trustSandbox: true }),
      uploads: fastRetries(),
    });
    const [job] = await deliverEverywhere(harness, fixture('android-plain.apk'));
    const installr = hostsOf(harness.sandbox).installr.split(':')[0];
    expect(job).toMatchObject({ state: 'failed', attempt: 1 });
    expect(job!.error).toMatchObject({ code: 'proxy', retryable: false });
    expect(job!.error!.message).toMatch(
      new RegExp(
        `^The SOCKS proxy at ${proxy.host}:${proxy.port} could not reach Installr \\(${installr}[^)]*\\): not allowed by its rules\\.$`,
      ),
    );
  });
});
