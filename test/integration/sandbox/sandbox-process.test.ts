import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryVault } from '../../../main/core/accounts/vault';
import type { SandboxEndpoints } from '../../../main/core/accounts/accounts';
import { createCore, type Core } from '../../../main/core/create-core';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import { launchSandboxProcess, type SandboxProcess } from '../../../main/sandbox/launch';

let dir: string;
const running: SandboxProcess[] = [];
const cores: Core[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-sandbox-process-'));
});
afterAll(async () => {
  for (const core of cores) await core.dispose();
  await Promise.all(running.map((p) => p.stop()));
  await rm(dir, { recursive: true, force: true });
});

/** The app's starter: a sandbox process per call, counted. */
function counted() {
  const starter = async (): Promise<SandboxEndpoints> => {
    starter.calls++;
    const child = await launchSandboxProcess();
    running.push(child);
    return child.endpoints;
  };
  starter.calls = 0;
  return starter;
}

function core(connections: Record<string, unknown>, startSandbox: () => Promise<SandboxEndpoints>) {
  const made = createCore({
    settings: new MemorySettingsStore({ connections }),
    vault: new MemoryVault(),
    dataDir: join(dir, String(cores.length)),
    startSandbox,
  });
  cores.push(made);
  return made;
}

const ACCOUNT = { kind: 'account', baseUrl: 'https://example.com', label: 'x', auth: 'token' };
const ALL_ACCOUNTS = {
  installr: ACCOUNT,
  testio: ACCOUNT,
  bitbar: ACCOUNT,
  productscience: ACCOUNT,
};

describe('the sandbox in a process of its own', () => {
  it('runs in a child process and reports its addresses and fresh demo tokens', async () => {
    const child = await launchSandboxProcess();
    running.push(child);
    expect(child.pid).toBeGreaterThan(0);
    expect(child.pid).not.toBe(process.pid);
    const installr = child.endpoints.installr!;
    const ok = await fetch(`${installr.baseUrl}/apps.json`, {
      headers: { 'X-InstallrAppToken': installr.secret },
    });
    expect(ok.status).toBe(200);

    await child.stop();
    await expect(fetch(`${installr.baseUrl}/apps.json`)).rejects.toThrow();
  });
});

describe('the app starts the sandbox only when a service uses it', () => {
  it('not at all when every service has a real account', async () => {
    const starter = counted();
    const app = core(ALL_ACCOUNTS, starter);
    expect(await app.dispatch('accounts.list', undefined)).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(starter.calls).toBe(0);
  });

  it('when a service is switched to it, once, and that service then works', async () => {
    const starter = counted();
    const app = core(ALL_ACCOUNTS, starter);
    const switched = await app.dispatch('accounts.useSandbox', { service: 'installr' });
    expect(switched).toMatchObject({
      ok: true,
      value: { status: 'sandbox', baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/) },
    });
    await app.dispatch('accounts.useSandbox', { service: 'testio' });
    expect(starter.calls).toBe(1);
    const apps = await app.dispatch('installr.listApps', undefined);
    expect(apps).toMatchObject({ ok: true });
  });

  it('at once when some service uses it already (the newcomer default)', async () => {
    const starter = counted();
    const app = core({}, starter);
    expect(starter.calls).toBe(1);
    expect(await app.dispatch('installr.listApps', undefined)).toMatchObject({ ok: true });
    expect(starter.calls).toBe(1);
  });
});
