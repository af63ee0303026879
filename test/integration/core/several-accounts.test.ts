import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '../../../main/core/accounts/vault';
import { createCore } from '../../../main/core/create-core';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import { sandboxEndpoints, startSandbox } from '../../../main/sandbox';
import type { AccountSummary } from '../../../shared/contract/accounts';
import type { InstallrApp } from '../../../shared/contract/installr';
import type { HistoryPage } from '../../../shared/domain/history';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { call, settle, startUpload } from '../transfer/upload-harness';
import type { DropDescription } from '../../../shared/contract/uploads';
import type { BuildHistory } from '../../../shared/contract/history';
import { deliveredTo } from '../../../renderer/src/stores/build-history';
import { fixture } from '../../fixtures/index';
import { PLAIN_APP } from '../../fixtures/android/apps';

/** Issue 12 §6: several named accounts per service, against two teams on the sandbox. */
let harness: CoreHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const installrOf = (h: CoreHarness) => h.sandbox.services.installr!.emulator as InstallrEmulator;

/** The sandbox's two Installr teams as two real accounts, "Team A" and "Team B". */
async function twoTeams(h: CoreHarness): Promise<{ a: string; b: string }> {
  const emulator = installrOf(h);
  const baseUrl = h.sandbox.services.installr!.baseUrl;
  const a = await call<AccountSummary>(h.core, 'accounts.connect', {
    service: 'installr',
    name: 'Team A',
    baseUrl,
    secret: emulator.demoToken,
  });
  const b = await call<AccountSummary>(h.core, 'accounts.connect', {
    service: 'installr',
    name: 'Team B',
    baseUrl,
    secret: emulator.secondToken,
  });
  return { a: a.account!.id, b: b.account!.id };
}

describe('several accounts per service', () => {
  it('a single account stored before accounts had names keeps working as "Default"', async () => {
    const sandbox = await startSandbox();
    const dataDir = await mkdtemp(join(tmpdir(), 'dropship-migrate-'));
    const { baseUrl, secret } = sandbox.services.installr!;
    // Settings and vault exactly as the single-account version wrote them.
    const vault = new MemoryVault();
    await vault.set('installr', secret);
    await vault.set('installr.username', 'ana@example.com');
    const settings = new MemorySettingsStore({
      connections: {
        installr: { kind: 'account', baseUrl, label: 'connected as Ana', auth: 'token' },
        testio: { kind: 'none' },
      },
    });
    const core = createCore({ settings, vault, sandbox: sandboxEndpoints(sandbox), dataDir });
    try {
      expect(settings.read().accounts.testio).toEqual([]);
      expect(settings.read().accounts.bitbar.map((x) => x.name)).toEqual(['Sandbox']);
      expect(core.ctx.accounts.summary('installr')).toMatchObject({
        status: 'connected',
        account: { id: 'default', name: 'Default' },
        label: 'connected as Ana',
      });
      const credentials = await core.ctx.accounts.credentials('installr', 'default');
      expect(credentials).toMatchObject({ secret, username: 'ana@example.com', baseUrl });
      const apps = await call<InstallrApp[]>(core, 'installr.listApps');
      expect(apps.length).toBeGreaterThan(0);
      // Moved under the account's key, nothing left under the old one.
      expect(await vault.get('installr')).toBeUndefined();
      expect(await vault.get('installr.username')).toBeUndefined();
      expect(await vault.get('installr.default')).toBe(secret);
      expect(await vault.get('installr.default.username')).toBe('ana@example.com');
    } finally {
      await core.dispose();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('two Installr teams see their own apps; the views show the chosen one, remembered', async () => {
    harness = await startCoreHarness();
    const { a, b } = await twoTeams(harness);
    // The last connected is shown; each account reads its own team's data.
    expect(harness.core.ctx.accounts.summary('installr').account).toEqual({
      id: b,
      name: 'Team B',
    });
    expect(await call<InstallrApp[]>(harness.core, 'installr.listApps')).toEqual([]);
    await call(harness.core, 'accounts.select', { service: 'installr', account: a });
    const teamA = await call<InstallrApp[]>(harness.core, 'installr.listApps');
    expect(teamA.length).toBeGreaterThan(0);
    expect(harness.settings.read().activeAccounts.installr).toBe(a);
    // The first real account replaced the sandbox; both listed by name, no secret among them.
    const summary = harness.core.ctx.accounts.summary('installr');
    expect(summary.accounts.map((x) => x.name)).toEqual(['Team A', 'Team B']);
    expect(JSON.stringify(summary)).not.toContain(installrOf(harness).secondToken);
    expect(JSON.stringify(harness.settings.read())).not.toContain(installrOf(harness).secondToken);
  });

  it('names are checked: unique per service, not empty; renaming keeps the credentials', async () => {
    harness = await startCoreHarness();
    const { a, b } = await twoTeams(harness);
    const taken = await harness.core.dispatch('accounts.rename', {
      service: 'installr',
      account: b,
      name: 'team a',
    });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: expect.stringContaining('Team A') } },
    });
    const empty = await harness.core.dispatch('accounts.rename', {
      service: 'installr',
      account: b,
      name: '  ',
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Adding a third with a taken name is refused before the token is sent anywhere.
    const before = installrOf(harness).requests.length;
    const again = await harness.core.dispatch('accounts.connect', {
      service: 'installr',
      name: 'Team B',
      baseUrl: harness.sandbox.services.installr!.baseUrl,
      secret: installrOf(harness).demoToken,
    });
    expect(again).toMatchObject({ ok: false, error: { fields: { name: expect.any(String) } } });
    expect(installrOf(harness).requests.length).toBe(before);

    await call(harness.core, 'accounts.rename', { service: 'installr', account: b, name: 'QA' });
    await call(harness.core, 'accounts.select', { service: 'installr', account: b });
    expect(await call<InstallrApp[]>(harness.core, 'installr.listApps')).toEqual([]);
    expect(harness.core.ctx.accounts.summary('installr').account?.name).toBe('QA');

    // Disconnecting one account leaves the other and its token.
    await call(harness.core, 'accounts.disconnect', { service: 'installr', account: b });
    expect(await harness.vault.get(`installr.${b}`)).toBeUndefined();
    expect(await harness.vault.get(`installr.${a}`)).toBe(installrOf(harness).demoToken);
    expect(harness.core.ctx.accounts.summary('installr').accounts.map((x) => x.name)).toEqual([
      'Team A',
    ]);
  });

  it('a delivery goes to the account its target names, and the history says which', async () => {
    const h = (harness = await startCoreHarness());
    const { a } = await twoTeams(harness);
    await call(harness.core, 'accounts.select', { service: 'installr', account: a });
    const build = fixture('android-plain.apk');
    const { jobs } = await startUpload(harness.core, build, [
      { service: 'installr', account: 'Team B' },
    ]);
    const [job] = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    expect(job?.state).toBe('done');
    const emulator = installrOf(harness);
    expect(emulator.secondAccount.apps.map((x) => x.appId)).toEqual([PLAIN_APP.packageName]);
    expect(emulator.account.apps.some((x) => x.appId === PLAIN_APP.packageName)).toBe(false);

    const page = await call<HistoryPage>(harness.core, 'history.search', {});
    expect(page.deliveries[0]).toMatchObject({ service: 'installr', account: 'Team B' });
    // Dropped again: on Team B already (not the shown Team A), and Upload can tell which.
    const sha256 = job!.result!.sha256;
    const earlier = await call<BuildHistory>(h.core, 'history.forBuild', { path: build, sha256 });
    expect(earlier.alreadyDelivered).toMatchObject([
      { service: 'installr', account: { name: 'Team B' }, shown: false },
    ]);
    expect(deliveredTo(earlier, 'installr')).toBeUndefined();
    expect(deliveredTo(earlier, 'installr', 'Team B')).toMatchObject({ version: '1.0' });
    // Remembered for the app with its other options.
    const rememberedFor = async () =>
      (await call<DropDescription>(h.core, 'uploads.describeDrop', { path: build })).remembered;
    expect(await rememberedFor()).toMatchObject([{ service: 'installr', account: 'Team B' }]);
    // Once that account is gone, the app's next drop goes to the shown account instead.
    await call(harness.core, 'accounts.disconnect', { service: 'installr', account: 'Team B' });
    expect((await rememberedFor())[0]).not.toHaveProperty('account');
  });

  it('a Bitbar account signed in by password delivers with its own session when another is shown', async () => {
    const h = (harness = await startCoreHarness());
    const bitbar = h.sandbox.services.bitbar!;
    const emulator = bitbar.emulator as BitbarEmulator;
    const byKey = await call<AccountSummary>(h.core, 'accounts.connect', {
      service: 'bitbar',
      name: 'Key',
      baseUrl: bitbar.baseUrl,
      secret: emulator.demoApiKey,
    });
    const byPassword = await call<AccountSummary>(h.core, 'accounts.connect', {
      service: 'bitbar',
      name: 'Password',
      baseUrl: bitbar.baseUrl,
      auth: 'oauth',
      username: emulator.demoUser.email,
      secret: emulator.demoUser.password,
    });
    await call(h.core, 'accounts.select', { service: 'bitbar', account: byKey.account!.id });
    const movies = [...emulator.bitbar.state.projects.values()].find(
      (p) => p.name === 'Movies app (Android)',
    )!;
    const { jobs } = await startUpload(h.core, fixture('android-plain.apk'), [
      {
        service: 'bitbar',
        account: 'Password',
        project: { kind: 'existing', id: movies.id, name: movies.name },
      },
    ]);
    const [job] = await settle(
      h.core,
      jobs.map((j) => j.id),
    );
    expect(job?.error).toBeUndefined();
    expect(job?.state).toBe('done');
    // Its session stayed its own; the shown account (an API key) has none.
    const passwordId = byPassword.accounts.find((a) => a.name === 'Password')!.id;
    expect(await h.vault.get(`bitbar.${passwordId}.oauth`)).toBeTruthy();
    expect(await h.vault.get(`bitbar.${byKey.account!.id}.oauth`)).toBeUndefined();
  });

  it('an account name that does not exist is refused, naming the ones there are', async () => {
    harness = await startCoreHarness();
    await twoTeams(harness);
    const refused = await harness.core.dispatch('uploads.start', {
      path: fixture('android-plain.apk'),
      targets: [{ service: 'installr', account: 'Team C' }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Installr has no account named "Team C".',
        hint: 'Its accounts: "Team A", "Team B".',
      },
    });
  });
});
