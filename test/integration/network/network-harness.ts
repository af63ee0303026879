import type { Sandbox } from '../../../main/sandbox';
import { trustStore, type NetworkSettings } from '../../../main/core/http/network';
import { parsePacList, type ProxyRoute } from '../../../main/core/http/proxy-rules';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import { expect } from 'vitest';
import type { UploadJob, UploadTargetInput } from '../../../shared/contract/uploads';
import type { CoreHarness } from '../../support/core-harness';

/** Routes every URL as `routes` says; trusts the sandbox's CA when `trustSandbox`. */
export function network(
  routes: (url: string) => ProxyRoute[],
  options: { trustSandbox: boolean },
): (sandbox: Sandbox) => NetworkSettings {
  return (sandbox) => ({
    routes: async (url) => routes(url),
    trust: trustStore(
      options.trustSandbox && sandbox.ca ? [{ source: 'Sandbox CA', pems: [sandbox.ca] }] : [],
      { system: false },
    ),
  });
}

/** Everything through one proxy, as a PAC file would say it. */
export const viaProxy =
  (address: string, credentials?: { username: string; password: string }) => () =>
    parsePacList(`PROXY ${address}`).map((route) =>
      route.kind === 'proxy' && credentials ? { ...route, credentials } : route,
    );

/** The four services, with Bitbar's demo project. */
export function everywhere(harness: CoreHarness): UploadTargetInput[] {
  const bitbar = harness.sandbox.services.bitbar!.emulator as BitbarEmulator;
  const movies = [...bitbar.bitbar.state.projects.values()].find(
    (p) => p.name === 'Movies app (Android)',
  )!;
  return [
    { service: 'installr', releaseNotes: 'Through the proxy' },
    { service: 'testio' },
    {
      service: 'bitbar',
      project: { kind: 'existing', id: movies.id, name: movies.name },
      fileKind: 'application',
    },
    { service: 'productscience', projectName: 'demo-android' },
  ];
}

/** host:port of each server a delivery talks to (API and storage). */
export function hostsOf(sandbox: Sandbox) {
  const host = (url: string) => new URL(url).host;
  return {
    installr: host(sandbox.services.installr!.baseUrl),
    testio: host(sandbox.services.testio!.baseUrl),
    bitbar: host(sandbox.services.bitbar!.baseUrl),
    productscience: host(sandbox.services.productscience!.baseUrl),
    s3: host(sandbox.storage.s3.url),
    gcs: host(sandbox.storage.gcs.url),
  };
}

/** Every job failed at once with the proxy's own words, never retried as a passing fault. */
export function expectRefusedByProxy(jobs: UploadJob[], proxy: { host: string; port: number }) {
  for (const job of jobs) {
    expect(job).toMatchObject({ state: 'failed', attempt: 1 });
    expect(job.error).toMatchObject({
      code: 'proxy',
      retryable: false,
      message: `The proxy at ${proxy.host}:${proxy.port} asked for a user name and password`,
    });
  }
}
