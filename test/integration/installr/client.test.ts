import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CALL_RETRY_POLICY } from '../../../main/core/http/client';
import type { ServiceCredentials } from '../../../main/core/accounts/accounts';
import * as installr from '../../../main/core/providers/installr/client';
import {
  SEED_APP_TOKENS,
  startInstallrEmulator,
  type InstallrEmulator,
} from '../../../main/sandbox/installr/emulator';
import { DropshipError } from '../../../shared/errors';

/** The provider client against the real emulator over loopback HTTP. */
let emulator: InstallrEmulator;
let credentials: ServiceCredentials;

beforeAll(async () => {
  emulator = await startInstallrEmulator();
  credentials = {
    service: 'installr',
    baseUrl: emulator.url,
    secret: emulator.demoToken,
    auth: 'token',
    sandbox: true,
  };
});
afterAll(() => emulator.close());
afterEach(() => emulator.faults.reset());

async function failure(promise: Promise<unknown>): Promise<DropshipError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DropshipError);
  return error as DropshipError;
}

describe('Installr client against the emulator', () => {
  it('lists apps with their latest build and platform', async () => {
    const apps = await installr.listApps(credentials);
    const fieldNotes = apps.find((a) => a.id === 65);
    expect(fieldNotes).toMatchObject({
      bundleId: 'com.dropship.fieldnotes',
      title: 'Field Notes',
      latestBuild: { id: 148, version: '1.4.0', buildNumber: '45', platform: 'ios', installs: 1 },
    });
    expect(apps.find((a) => a.id === 66)?.latestBuild?.platform).toBe('android');
  });

  it('reads app details: builds newest first, events, plan', async () => {
    const app = await installr.getApp(credentials, 65);
    expect(app.builds.map((b) => b.version)).toEqual(['1.4.0', '1.3.1', '1.3.0']);
    expect(app.latestBuild?.id).toBe(148);
    expect(app.builds[0]?.releaseNotes).toContain('Photo attachments');
    expect(app.builds[0]?.size).toBe('24.02 MB');
    expect(app.events[0]?.description).toMatch(/installed|uploaded/);
    expect(app.plan).toBe('Hobbyist (5 devices)');
  });

  it('reads the team of a build and of "latest", with statuses in plain words', async () => {
    const byId = await installr.getTeam(credentials, 65, 148);
    const latest = await installr.getTeam(credentials, 65, 'latest');
    expect(latest.testers).toEqual(byId.testers);
    const status = (email: string) => byId.testers.find((t) => t.email === email)?.status;
    expect(status('ana.lima@example.com')).toMatchObject({ stage: 'installed', tone: 'good' });
    expect(status('dev.patel@example.com')).toMatchObject({
      stage: 'invited',
      text: 'Invite sent — waiting for them to accept',
      tone: 'warning',
      serviceLabel: 'Invite Sent',
    });
    expect(status('farid.haddad@example.com')?.stage).toBe('unsubscribed');
    expect(byId.testers.find((t) => t.email === 'dev.patel@example.com')?.inviteLink).toMatch(
      /\/register\/index\?token=/,
    );
    expect(byId.pending.map((t) => t.status.stage)).toEqual(['awaiting_approval']);
  });

  it('invites testers who then appear on the team', async () => {
    const invited = await installr.inviteTesters(credentials, 67, 'latest', {
      notify: ['new.one@example.com'],
      add: ['quiet.one@example.com'],
    });
    expect(invited.map((t) => t.email).sort()).toEqual([
      'new.one@example.com',
      'quiet.one@example.com',
    ]);
    expect(invited.every((t) => t.inviteLink?.includes('/register/index?token='))).toBe(true);
    const team = await installr.getTeam(credentials, 67, 'latest');
    const stage = (email: string) => team.testers.find((t) => t.email === email)?.status.stage;
    expect(stage('new.one@example.com')).toBe('invited');
    expect(stage('quiet.one@example.com')).toBe('not_notified');
  });

  it("names the invalid addresses Installr refused, on the form's field", async () => {
    const error = await failure(
      installr.inviteTesters(credentials, 65, 148, { notify: ['ok@example.com', 'nope@'] }),
    );
    expect(error.code).toBe('rejected');
    expect(error.message).toContain('nope@');
    expect(error.fields?.emails).toContain('nope@');
  });

  it('answers the anonymous app status by app token', async () => {
    const status = await installr.appStatus(emulator.url, SEED_APP_TOKENS.fieldNotesIos);
    expect(status).toMatchObject({
      title: 'Field Notes',
      bundleId: 'com.dropship.fieldnotes',
      version: '1.4.0',
      buildNumber: '45',
      installUrl: `${emulator.url}/tester/install/148`,
    });
    const request = emulator.requests.at(-1)!;
    expect(request.headers['x-installrapptoken']).toBeUndefined();
  });

  it('says which app token is unknown, without the token in the message', async () => {
    const error = await failure(installr.appStatus(emulator.url, 'NoSuchToken123'));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('No Installr app has this app token.');
    expect(error.hint).toContain('Settings tab');
  });

  it('refuses a wrong API token with a clear message', async () => {
    const error = await failure(installr.listApps({ ...credentials, secret: 'wrong' }));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe('Installr did not accept the API token.');
    expect(JSON.stringify(error)).not.toContain('wrong');
  });

  it('says which app does not exist', async () => {
    const error = await failure(installr.getApp(credentials, 999));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Installr has no app with id 999 on this account.');
    const team = await failure(installr.getTeam(credentials, 65, 12345));
    expect(team.message).toContain('no build 12345');
  });

  it('retries a lookup that answers 503 once, and gets the answer', async () => {
    const before = emulator.requests.length;
    emulator.faults.failNext(1, { status: 503, pathIncludes: '/apps.json' });
    await expect(installr.listApps(credentials)).resolves.toHaveLength(3);
    expect(emulator.requests.slice(before).map((r) => r.path)).toEqual([
      '/apps.json',
      '/apps.json',
    ]);
  });

  it('turns a 503 that outlasts the retries into a retryable server error', async () => {
    emulator.faults.failNext(CALL_RETRY_POLICY.maxAttempts, {
      status: 503,
      pathIncludes: '/apps.json',
    });
    const error = await failure(installr.listApps(credentials));
    expect(error.code).toBe('server_error');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe('Installr had an internal problem (HTTP 503).');
    await expect(installr.listApps(credentials)).resolves.toHaveLength(3);
  });

  it('reports a server that is down as a network error naming the host', async () => {
    const port = await closedPort();
    const error = await failure(
      installr.listApps({ ...credentials, baseUrl: `http://127.0.0.1:${port}` }),
    );
    expect(error.code).toBe('network');
    expect(error.message).toBe(`Could not reach Installr at 127.0.0.1:${port}.`);
    expect(error.retryable).toBe(true);
  });
});

/** A port that was free a moment ago and has nothing listening now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 1;
}
