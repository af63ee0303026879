import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPageSchema } from '../../../shared/domain/history';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { runCli } from '../../support/run-cli';
import { fixture } from '../../fixtures';
import { PLAIN_APP } from '../../fixtures/android/apps';

/** `--account NAME`: two Installr teams on one sandbox, given as real services are. */
let sandbox: Sandbox;
let dataDir: string;
let env: Record<string, string>;
let emulator: InstallrEmulator;
const build = fixture('android-plain.apk');

beforeAll(async () => {
  sandbox = await startSandbox();
  dataDir = await mkdtemp(join(tmpdir(), 'dropship-cli-accounts-'));
  const installr = sandbox.services.installr!;
  emulator = installr.emulator as InstallrEmulator;
  env = {
    DROPSHIP_DATA_DIR: dataDir,
    INSTALLR_API_TOKEN: installr.secret,
    DROPSHIP_INSTALLR_URL: installr.baseUrl,
    INSTALLR_API_TOKEN__TEAM_B: emulator.secondToken,
  };
});
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('dropship upload --account', () => {
  it('sends with the named account’s token, and the history says which account', async () => {
    const run = await runCli(
      ['upload', build, '--to', 'installr', '--account', 'team-b', '--json'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(emulator.secondAccount.apps.map((a) => a.appId)).toEqual([PLAIN_APP.packageName]);
    expect(emulator.account.apps.some((a) => a.appId === PLAIN_APP.packageName)).toBe(false);
    expect(run.stdout).not.toContain(emulator.secondToken);

    const history = await runCli(['history', '--json'], env);
    const page = HistoryPageSchema.parse(JSON.parse(history.stdout));
    expect(page.deliveries.map((d) => d.account)).toEqual(['TEAM_B']);
  });

  it('the plain variables are the account named Default, used when no --account is given', async () => {
    const run = await runCli(['upload', build, '--to', 'installr', '--json', '--again'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(emulator.account.apps.some((a) => a.appId === PLAIN_APP.packageName)).toBe(true);
    const history = await runCli(['history', '--account', 'Default', '--json'], env);
    expect(HistoryPageSchema.parse(JSON.parse(history.stdout)).total).toBe(1);
  });

  it('an unknown account is refused with exit 2, naming the accounts there are', async () => {
    const run = await runCli(['upload', build, '--to', 'installr', '--account', 'Team C'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Installr has no account named “Team C”. Its accounts: Default, TEAM_B.',
    );
    expect(run.stderr).not.toContain(emulator.secondToken);
  });
});
