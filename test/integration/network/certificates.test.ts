import { afterEach, describe, expect, it } from 'vitest';
import * as installr from '../../../main/core/providers/installr/client';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { fastRetries, settle, startUpload } from '../transfer/upload-harness';
import { fixture } from '../../fixtures';
import { network } from './network-harness';

let harness: CoreHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const direct = () => [{ kind: 'direct' as const, origin: 'none' as const }];

async function failedDelivery(h: CoreHarness) {
  const { jobs } = await startUpload(h.core, fixture('android-plain.apk'), [
    { service: 'installr' },
  ]);
  const [job] = await settle(h.core, [jobs[0]!.id]);
  return job!;
}

describe('certificates Dropship refuses, each in its own words and never retried', () => {
  it('a certificate from an authority it does not trust (a TLS-inspecting firewall)', async () => {
    harness = await startCoreHarness({
      sandbox: { https: true },
      network: network(direct, { trustSandbox: false }),
      uploads: fastRetries(),
    });
    const host = new URL(harness.sandbox.services.installr!.baseUrl).host;
    const job = await failedDelivery(harness);
    expect(job).toMatchObject({ state: 'failed', attempt: 1 });
    expect(job.error).toEqual({
      code: 'certificate',
      service: 'installr',
      retryable: false,
      message: `The certificate of ${host} is not signed by an authority Dropship trusts.`,
      hint: "Your network may be inspecting secure connections; add your company's root certificate in Settings → Network (on the command line: --ca FILE).",
    });
    // One request was tried, not five.
    expect(harness.sandbox.services.installr!.emulator.requests).toHaveLength(0);
  });

  it('an expired certificate, even from a trusted authority', async () => {
    harness = await startCoreHarness({
      sandbox: { https: { expired: true } },
      network: network(direct, { trustSandbox: true }),
      uploads: fastRetries(),
    });
    const host = new URL(harness.sandbox.services.installr!.baseUrl).host;
    const job = await failedDelivery(harness);
    expect(job).toMatchObject({ state: 'failed', attempt: 1 });
    expect(job.error).toMatchObject({
      code: 'certificate',
      retryable: false,
      message: `The certificate of ${host} has expired.`,
    });
  });

  it('a certificate for another host name', async () => {
    harness = await startCoreHarness({
      sandbox: { https: { hosts: ['builds.example.test'] } },
      network: network(direct, { trustSandbox: true }),
    });
    const credentials = await harness.core.ctx.accounts.credentials('installr');
    await expect(installr.listApps(credentials)).rejects.toMatchObject({
      code: 'certificate',
      retryable: false,
      message: `The certificate presented for ${new URL(credentials.baseUrl).host} is for another name.`,
    });
  });

  it('trusts the sandbox’s CA when told to, over real TLS', async () => {
    harness = await startCoreHarness({
      sandbox: { https: true },
      network: network(direct, { trustSandbox: true }),
    });
    const credentials = await harness.core.ctx.accounts.credentials('installr');
    expect(credentials.baseUrl).toMatch(/^https:\/\//);
    await expect(installr.listApps(credentials)).resolves.toHaveLength(3);
  });
});
