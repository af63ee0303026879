import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../main/cli/args';
import { cliNetwork } from '../../../main/cli/network';
import { createCertificateAuthority } from '../../../main/sandbox/framework/certificates';

let dir: string;
let pem: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-cli-net-unit-'));
  pem = join(dir, 'root.pem');
  await writeFile(pem, createCertificateAuthority('Unit CA').cert);
  await writeFile(join(dir, 'notes.txt'), 'not a certificate');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the CLI’s network flags', () => {
  it('lets --proxy win over the environment, but not over NO_PROXY', async () => {
    const network = await cliNetwork(
      { HTTPS_PROXY: 'http://env:1', NO_PROXY: 'internal.corp' },
      { proxy: 'http://flag:3128' },
    );
    expect(await network.routes('https://api.test.io/x')).toMatchObject([
      { kind: 'proxy', url: 'http://flag:3128', origin: 'manual' },
    ]);
    expect(await network.routes('https://builds.internal.corp/x')).toMatchObject([
      { kind: 'direct' },
    ]);
  });

  it('adds --ca files to the built-in roots, and names them', async () => {
    const network = await cliNetwork({}, { ca: [pem] });
    expect(network.trust.ca?.length).toBeGreaterThan(100);
    expect(network.trust.sources).toContain(`${pem} (--ca)`);
    expect((await cliNetwork({}, {})).trust.ca).toBeUndefined();
  });

  it('refuses a bad proxy address or CA file as bad usage (exit 2), without the password', async () => {
    await expect(cliNetwork({}, { proxy: 'ftp://u:hunter2@x' })).rejects.toThrow(UsageError);
    await expect(cliNetwork({}, { proxy: 'ftp://u:hunter2@x' })).rejects.not.toThrow(/hunter2/);
    await expect(cliNetwork({ HTTPS_PROXY: '::bad::' }, {})).rejects.toThrow(UsageError);
    await expect(cliNetwork({}, { ca: [join(dir, 'missing.pem')] })).rejects.toThrow(
      /Cannot read the certificate file .*missing\.pem \(--ca\)/,
    );
    await expect(cliNetwork({}, { ca: [join(dir, 'notes.txt')] })).rejects.toThrow(
      /holds no PEM certificate/,
    );
  });
});
