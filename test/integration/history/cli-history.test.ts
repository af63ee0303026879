import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPageSchema } from '../../../shared/domain/history';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { runCli } from '../../support/run-cli';
import { fixture } from '../../fixtures';
import { PLAIN_APP } from '../../fixtures/android/apps';

let sandbox: Sandbox;
let dataDir: string;
let env: Record<string, string>;
const build = fixture('android-plain.apk');

beforeAll(async () => {
  sandbox = await startSandbox();
  dataDir = await mkdtemp(join(tmpdir(), 'dropship-history-cli-'));
  const installr = sandbox.services.installr!;
  const testio = sandbox.services.testio!;
  // The sandbox by address and token, as real services are given: the run joins the history.
  env = {
    DROPSHIP_DATA_DIR: dataDir,
    INSTALLR_API_TOKEN: installr.secret,
    DROPSHIP_INSTALLR_URL: installr.baseUrl,
    TESTIO_API_TOKEN: testio.secret,
    DROPSHIP_TESTIO_URL: testio.baseUrl,
  };
});
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('dropship history', () => {
  it('lists what an upload delivered, with the bytes’ SHA-256 and links', async () => {
    const upload = await runCli(['upload', build, '--to', 'installr,testio', '--json'], env);
    expect(upload.code, upload.stderr).toBe(0);

    const run = await runCli(['history', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const page = HistoryPageSchema.parse(JSON.parse(run.stdout));
    const sha256 = createHash('sha256')
      .update(await readFile(build))
      .digest('hex');
    expect(page.total).toBe(2);
    expect(page.deliveries.map((d) => d.service).sort()).toEqual(['installr', 'testio']);
    for (const d of page.deliveries) {
      expect(d).toMatchObject({
        outcome: 'delivered',
        appId: PLAIN_APP.packageName,
        version: PLAIN_APP.versionName,
        build: String(PLAIN_APP.versionCode),
        platform: 'android',
        sha256,
        fileName: 'android-plain.apk',
        account: 'from the environment',
      });
      expect(d.remoteId).toBeTruthy();
      expect(d.profile?.permissions).toEqual(PLAIN_APP.permissions);
    }
    expect(page.deliveries.find((d) => d.service === 'installr')?.links.length).toBeGreaterThan(0);

    const text = await runCli(['history', '--service', 'installr'], env);
    expect(text.stdout).toMatch(
      /Installr\s+delivered\s+Hello Dropship 1\.0 \(1\)\s+android-plain\.apk\s+sha256 [0-9a-f]{12}…/,
    );
    const none = await runCli(['history', '--service', 'bitbar', '--json'], env);
    expect(JSON.parse(none.stdout)).toEqual({ total: 0, deliveries: [] });
  });

  it('keeps a --sandbox run out of the machine’s history (that sandbox is gone after the run)', async () => {
    const before = JSON.parse((await runCli(['history', '--json'], env)).stdout).total as number;
    const run = await runCli(['upload', build, '--to', 'installr', '--sandbox', '--json'], {
      DROPSHIP_DATA_DIR: dataDir,
    });
    expect(run.code, run.stderr).toBe(0);
    const after = JSON.parse((await runCli(['history', '--json'], env)).stdout).total as number;
    expect(after).toBe(before);
  });
});
