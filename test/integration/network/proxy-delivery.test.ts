import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { proxyFromEnv } from '../../../main/core/http/proxy-rules';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import { fastRetries, settle, startUpload } from '../transfer/upload-harness';
import { fixture } from '../../fixtures';
import { everywhere, hostsOf, network, viaProxy, expectRefusedByProxy } from './network-harness';

const CREDENTIALS = { username: 'ci user', password: 'p@ss:word/1' };

let dir: string;
let medium: string;
let proxy: ForwardProxy;
let harness: CoreHarness | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-proxy-'));
  medium = join(dir, 'hello-medium.apk');
  await writePaddedZip(fixture('android-plain.apk'), medium, 3 * 1024 * 1024);
  proxy = await startForwardProxy({ credentials: CREDENTIALS });
});
afterAll(async () => {
  await proxy.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  proxy.requests.length = 0;
});

/** Test IO takes builds over 1 MB through S3's presigned POST, smaller ones directly. */
const settings = { uploads: { testioDirectUploadLimit: 1_000_000 } };

async function deliverEverywhere(h: CoreHarness, file: string) {
  const { jobs } = await startUpload(h.core, file, everywhere(h));
  return settle(
    h.core,
    jobs.map((j) => j.id),
  );
}

describe.each([
  { scheme: 'https', https: true, kind: 'connect' as const },
  { scheme: 'http', https: false, kind: 'forward' as const },
])('deliveries through a proxy with credentials ($scheme services)', ({ https, kind }) => {
  it('sends every wire shape to every service through the proxy, byte-exact', async () => {
    harness = await startCoreHarness({
      sandbox: { https },
      settings,
      network: network(viaProxy(`${proxy.host}:${proxy.port}`, CREDENTIALS), {
        trustSandbox: true,
      }),
      uploads: fastRetries(),
    });
    // The medium build: multipart (Installr, Bitbar), presigned POST (Test IO), signed PUT (PS).
    const large = await deliverEverywhere(harness, medium);
    // The small build: Test IO's direct multipart.
    const small = await deliverEverywhere(harness, fixture('android-plain.apk'));
    const sha = createHash('sha256')
      .update(await readFile(medium))
      .digest('hex');
    expect(large.map((j) => [j.state, j.attempt, j.error?.message])).toEqual(
      Array(4).fill(['done', 1, undefined]),
    );
    expect(small.map((j) => j.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(large.map((j) => j.result?.sha256)).toEqual([sha, sha, sha, sha]);
    // Progress was counted at the socket, through the tunnel: every byte, never more.
    for (const job of large) expect(job.progress.bytesSent).toBe(job.progress.totalBytes);

    const hosts = hostsOf(harness.sandbox);
    const seen = new Set(
      proxy.requests.map((r) => (r.kind === 'connect' ? r.target : new URL(r.target).host)),
    );
    expect([...seen].sort()).toEqual(Object.values(hosts).sort());
    expect(proxy.requests.every((r) => r.kind === kind && r.authorized)).toBe(true);
    // The builds themselves went through the proxy: to Installr and Bitbar (multipart),
    // S3 (presigned POST) and GCS (signed PUT), each at least the build's size.
    const { size } = await stat(medium);
    const through = (host: string) =>
      proxy.requests
        .filter((r) => (r.kind === 'connect' ? r.target : new URL(r.target).host) === host)
        .reduce((sum, r) => sum + r.bytes, 0);
    for (const host of [hosts.installr, hosts.bitbar, hosts.s3, hosts.gcs]) {
      expect(through(host)).toBeGreaterThanOrEqual(size);
    }
  });

  it('stops at once with the proxy’s words when it asks for credentials (407)', async () => {
    harness = await startCoreHarness({
      sandbox: { https },
      settings,
      network: network(viaProxy(`${proxy.host}:${proxy.port}`), { trustSandbox: true }),
      uploads: fastRetries(),
    });
    const jobs = await deliverEverywhere(harness, fixture('android-plain.apk'));
    expectRefusedByProxy(jobs, proxy);
    expect(proxy.requests.every((r) => !r.authorized)).toBe(true);
  });
});

describe('NO_PROXY', () => {
  it('sends the listed host:port directly and the rest through the proxy', async () => {
    let env: Record<string, string> = {};
    harness = await startCoreHarness({
      sandbox: { https: true },
      settings,
      network: network((url) => [proxyFromEnv(env)(url)], { trustSandbox: true }),
      uploads: fastRetries(),
    });
    const hosts = hostsOf(harness.sandbox);
    env = {
      https_proxy: `http://${encodeURIComponent(CREDENTIALS.username)}:${encodeURIComponent(CREDENTIALS.password)}@${proxy.host}:${proxy.port}`,
      // Upper case is read too; lower case wins when both are set.
      NO_PROXY: `example.com, ${hosts.installr}, ${hosts.gcs}`,
    };
    const jobs = await deliverEverywhere(harness, medium);
    expect(jobs.map((j) => j.state)).toEqual(['done', 'done', 'done', 'done']);
    const tunnelled = new Set(proxy.requests.map((r) => r.target));
    expect(tunnelled.has(hosts.installr)).toBe(false);
    expect(tunnelled.has(hosts.gcs)).toBe(false);
    expect([...tunnelled].sort()).toEqual(
      [hosts.bitbar, hosts.productscience, hosts.s3, hosts.testio].sort(),
    );
    expect(proxy.requests.every((r) => r.authorized)).toBe(true);
  });
});
