import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SEED_APP_TOKENS,
  startInstallrEmulator,
  type InstallrEmulator,
} from '../../../main/sandbox/installr/emulator';
import { PLAIN_APP } from '../../fixtures/android/apps';
import { FIXTURE_DIR } from '../../fixtures/index';
import { IOS_BINARY_APP } from '../../fixtures/ios/apps';

/** The emulator as api-docs/installr-api.txt describes Installr, spoken to in raw HTTP. */
let emulator: InstallrEmulator;

beforeAll(async () => {
  emulator = await startInstallrEmulator();
});
afterAll(() => emulator.close());

type Body = Record<string, unknown> & { result?: string; message?: string };

async function api(path: string, init: RequestInit & { token?: string | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set('X-InstallrAppToken', init.token ?? emulator.demoToken);
  const response = await fetch(`${emulator.url}${path}`, { ...init, headers });
  return { status: response.status, body: (await response.json()) as Body };
}

async function upload(file: string | null, fields: Record<string, string> = {}, name?: string) {
  const form = new FormData();
  if (file) form.set('qqfile', new Blob([await readFile(`${FIXTURE_DIR}${file}`)]), name ?? file);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return api('/apps.json', { method: 'POST', body: form });
}

const teamOf = async (appId: number, build: number | 'latest' = 'latest') => {
  const { body } = await api(`/apps/${appId}/builds/${build}/team.json`);
  const data = body.testersData as { testers: { email: string; status: { label: string } }[] };
  return Object.fromEntries(data.testers.map((t) => [t.email, t.status.label]));
};

describe('Installr emulator', () => {
  it('creates an app from an .ipa, reading its Info.plist, and records the bytes', async () => {
    const bytes = await readFile(`${FIXTURE_DIR}ios-binary-plist.ipa`);
    const { status, body } = await upload('ios-binary-plist.ipa', { releaseNotes: 'First drop' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      action: 'create',
      message: 'App and first Build are created',
      result: 'success',
      appData: {
        appId: IOS_BINARY_APP.id,
        title: IOS_BINARY_APP.displayName, // a UTF-16 string in the binary plist
        autoSync: false,
        paymentInfo: [],
        planInfo: { deviceLimit: 5, id: 1, name: 'Hobbyist', price: 0 },
        latestBuild: {
          versionNumber: IOS_BINARY_APP.shortVersion,
          releaseNotes: 'First drop',
          numberInstalled: 0,
        },
      },
    });
    const received = emulator.received.at(-1)!;
    expect(received).toMatchObject({
      field: 'qqfile',
      filename: 'ios-binary-plist.ipa',
      size: bytes.length,
    });
    expect(received.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('adds a build to the app with the same bundle id', async () => {
    const { body } = await upload('ios-binary-plist.ipa');
    expect(body).toMatchObject({ action: 'update', result: 'success' });
    expect((body.appData as { builds: unknown[] }).builds).toHaveLength(2);
  });

  it('reads an .apk manifest: package, versionName, versionCode, literal label', async () => {
    const { body } = await upload('android-plain.apk', { notify: 'QA', add: 'execs' });
    const appData = body.appData as { id: number; appId: string; title: string };
    expect(appData).toMatchObject({ appId: PLAIN_APP.packageName, title: PLAIN_APP.label });
    expect(body.appData).toMatchObject({
      latestBuild: {
        versionNumber: PLAIN_APP.versionName,
        buildNumber: String(PLAIN_APP.versionCode),
      },
    });
    const team = await teamOf(appData.id);
    expect(team['ana.lima@example.com']).toBe('Invite Sent'); // QA, emailed
    expect(team['emma.schulz@example.com']).toBe('Not Notified'); // execs, added silently
  });

  it('notify=true invites the previous build’s testers, except those who unsubscribed', async () => {
    await upload('ios-binary-plist.ipa', {}, 'whatever.ipa'); // same app, by its bundle id
    const { body } = await upload('ios-xml-plist.ipa', {}, 'x.ipa');
    const id = (body.appData as { id: number }).id;
    await api(`/apps/${id}/builds/latest/team.json`, {
      method: 'POST',
      body: new URLSearchParams({ notify: 'a@example.com', add: 'b@example.com' }),
    });
    // Nudge the account: a installed the build, b unsubscribed.
    const app = emulator.account.apps.find((a) => a.id === id)!;
    const stages = app.builds.at(-1)!.team;
    const idOf = (email: string) => emulator.account.testers.find((t) => t.email === email)!.id;
    stages.set(idOf('a@example.com'), 'installed');
    stages.set(idOf('b@example.com'), 'unsubscribed');
    await upload('ios-xml-plist.ipa', { notify: 'true' });
    expect(await teamOf(id)).toEqual({ 'a@example.com': 'Invite Accepted' });
  });

  it('refuses uploads without a file, with a non-build file, or an unknown team', async () => {
    expect(await upload(null, { releaseNotes: 'x' })).toMatchObject({
      status: 400,
      body: { result: 'error', message: expect.stringContaining('qqfile') },
    });
    expect(await upload('README.md')).toMatchObject({
      status: 400,
      body: { message: 'README.md is not a build file: upload an .ipa or .apk' },
    });
    expect(await upload('ios-binary-plist.ipa', { notify: 'QA,nobody' })).toMatchObject({
      status: 400,
      body: { message: 'Unknown team: nobody' },
    });
  });

  it('needs the API token everywhere but app status', async () => {
    const count = emulator.received.length;
    const form = new FormData();
    form.set('qqfile', new Blob(['x']), 'a.ipa');
    expect(await api('/apps.json', { method: 'POST', body: form, token: null })).toMatchObject({
      status: 401,
      body: { result: 'error', message: expect.stringContaining('X-InstallrAppToken') },
    });
    expect(emulator.received).toHaveLength(count);
    expect((await api('/apps/65.json', { token: 'wrong' })).status).toBe(401);
    const status = await api(`/apps/status/${SEED_APP_TOKENS.parcelAndroid}.json`, { token: null });
    expect(status).toMatchObject({
      status: 200,
      body: {
        appData: { appId: 'com.dropship.parcel', versionNumber: '2.1.0', buildNumber: '210' },
      },
    });
    expect((await api('/apps/status/unknown.json', { token: null })).status).toBe(404);
  });

  it('answers JSON by default, and .xml with 406 and a JSON body', async () => {
    expect(await api('/apps/65')).toMatchObject({ status: 200, body: { message: 'appData' } });
    expect(await api('/apps.xml')).toMatchObject({
      status: 406,
      body: { result: 'error', message: expect.stringContaining('JSON') },
    });
  });

  it('invites by notify/add/emails, multipart or form-encoded, and names invalid emails', async () => {
    const form = new FormData();
    form.set('notify', 'tester01@gameshape.com, test02@gameshape.com');
    form.set('add', 'tester03@gameshape.com');
    const { body } = await api('/apps/66/builds/151/team.json', { method: 'POST', body: form });
    expect(body).toMatchObject({ message: 'Testers Added', result: 'success' });
    expect((body.testersAdded as unknown[]).length).toBe(3);
    await api('/apps/66/builds/latest/team.json', {
      method: 'POST',
      body: new URLSearchParams({ emails: 'tester03@gameshape.com' }),
    });
    const team = await teamOf(66, 151);
    expect(team['tester01@gameshape.com']).toBe('Invite Sent');
    expect(team['tester03@gameshape.com']).toBe('Invite Sent'); // emails= is notify=
    const bad = await api('/apps/66/builds/151/team.json', {
      method: 'POST',
      body: new URLSearchParams({ notify: 'ok@x.com, bad@, also bad@x.com' }),
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { message: 'Invalid email addresses: bad@, also bad@x.com' },
    });
  });

  it('exposes the seeded app tokens', () => {
    expect(emulator.appTokens.map((a) => a.appToken)).toEqual(Object.values(SEED_APP_TOKENS));
  });
});
