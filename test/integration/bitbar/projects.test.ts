import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BitbarConfig } from '../../../shared/contract/bitbar-config';
import type { BitbarGroups } from '../../../shared/contract/bitbar-devices';
import type { BitbarProject, BitbarProjectFile } from '../../../shared/contract/bitbar-projects';
import { startBitbarHarness, type BitbarHarness } from './bitbar-harness';

let h: BitbarHarness;
let folder: string;
let movies: BitbarProject;
beforeAll(async () => {
  h = await startBitbarHarness();
  folder = await mkdtemp(join(tmpdir(), 'bitbar-downloads-'));
  const page = await h.call<{ projects: BitbarProject[] }>('projects', {
    search: 'Movies app (Android)',
  });
  movies = page.projects[0]!;
});
afterAll(() => h.close());

const lastRequest = (pathEnd: string) =>
  h.emulator.requests.findLast((r) => r.path.endsWith(pathEnd))!;

describe('Bitbar projects', () => {
  it('creates, searches, pages, renames, describes and deletes projects', async () => {
    const made = await h.call<BitbarProject>('createProject', { name: 'Kiosk', type: 'ANDROID' });
    expect(made).toMatchObject({
      name: 'Kiosk',
      type: 'ANDROID',
      description: '',
      sharedWithMe: false,
    });
    expect(await h.fail('createProject', { name: 'Kiosk', type: 'IOS' })).toMatchObject({
      code: 'conflict',
      message: "Bitbar could not create the project: Project with name 'Kiosk' already exists.",
    });
    const firstPage = await h.call<{ projects: BitbarProject[]; total: number; hasMore: boolean }>(
      'projects',
      { limit: 2 },
    );
    expect(firstPage.projects).toHaveLength(2);
    expect(firstPage.hasMore).toBe(true);
    expect(firstPage.projects[0]!.name).toBe('Kiosk'); // newest first
    const updated = await h.call<BitbarProject>('updateProject', {
      projectId: made.id,
      name: 'Kiosk app',
      description: 'Lobby tablets',
    });
    expect(updated).toMatchObject({ name: 'Kiosk app', description: 'Lobby tablets' });
    expect(lastRequest(`/projects/${made.id}`).query).toBe(
      '?name=Kiosk+app&description=Lobby+tablets',
    );
    await h.call('deleteProject', { projectId: made.id });
    expect(await h.fail('updateProject', { projectId: made.id, name: 'x' })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('Bitbar project config', () => {
  it('reads the config and refuses UIAUTOMATOR without test classes before calling Bitbar', async () => {
    const config = await h.call<BitbarConfig>('projectConfig', { projectId: movies.id });
    expect(config).toMatchObject({
      runAvailable: true,
      edit: { mode: 'FULL_RUN', scheduler: 'PARALLEL', deviceLanguageCode: 'en_US' },
    });
    const before = h.emulator.requests.length;
    const error = await h.fail('updateProjectConfig', {
      projectId: movies.id,
      config: { ...config.edit, mode: 'UIAUTOMATOR', uiAutomatorTestClasses: '' },
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'config.uiAutomatorTestClasses': expect.stringContaining('test class') },
    });
    expect(h.emulator.requests.length).toBe(before);
  });

  it('refuses a mode the project type cannot run', async () => {
    const config = await h.call<BitbarConfig>('projectConfig', { projectId: movies.id });
    const error = await h.fail('updateProjectConfig', {
      projectId: movies.id,
      config: { ...config.edit, mode: 'IOS' },
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: {
        'config.mode': 'An Android project cannot run iOS tests.',
      },
    });
  });

  it('saves a mode change and sends only the options of that mode', async () => {
    const config = await h.call<BitbarConfig>('projectConfig', { projectId: movies.id });
    const saved = await h.call<BitbarConfig>('updateProjectConfig', {
      projectId: movies.id,
      config: {
        ...config.edit,
        mode: 'UIAUTOMATOR',
        uiAutomatorTestClasses: 'com.example.LoginTest',
        launchApp: true,
        withAnnotation: 'Smoke',
        scheduler: 'SERIAL',
      },
    });
    expect(saved.edit).toMatchObject({
      mode: 'UIAUTOMATOR',
      uiAutomatorTestClasses: 'com.example.LoginTest',
      launchApp: true,
      scheduler: 'SERIAL',
      withAnnotation: '',
    });
    const query = lastRequest(`/projects/${movies.id}/config`).query;
    expect(query).toContain('uiAutomatorTestClasses=com.example.LoginTest');
    expect(query).not.toContain('withAnnotation');
    const back = await h.call<BitbarConfig>('updateProjectConfig', {
      projectId: movies.id,
      config: { ...saved.edit, mode: 'FULL_RUN', scheduler: 'PARALLEL', withAnnotation: 'Smoke' },
    });
    expect(back.edit).toMatchObject({ mode: 'FULL_RUN', withAnnotation: 'Smoke' });
  });

  it("sets the project's device group, and Bitbar refuses a group of the other OS", async () => {
    const groups = await h.call<BitbarGroups>('groups', { projectId: movies.id });
    const top = groups.public.find((g) => g.name === 'Top Android devices')!;
    const set = await h.call<BitbarConfig>('useDeviceGroup', {
      projectId: movies.id,
      groupId: top.id,
    });
    expect(set).toMatchObject({ usedDeviceGroupId: top.id, creditsPrice: top.credits });
    const iphones = groups.mine.find((g) => g.name === 'iPhones')!;
    expect(
      await h.fail('useDeviceGroup', { projectId: movies.id, groupId: iphones.id }),
    ).toMatchObject({
      code: 'rejected',
      message:
        "Bitbar could not save the project config: Device group 'iPhones' is for IOS devices; this project needs ANDROID devices.",
    });
    const smoke = groups.mine.find((g) => g.name === 'Smoke test phones')!;
    await h.call('useDeviceGroup', { projectId: movies.id, groupId: smoke.id });
  });

  it('lists, adds and deletes user-defined parameters', async () => {
    const added = await h.call<{ id: number }>('addParameter', {
      projectId: movies.id,
      key: 'env',
      value: 'staging',
    });
    expect(await h.call('parameters', { projectId: movies.id })).toEqual([
      { id: expect.any(Number), key: 'devel', value: 'true' },
      { id: added.id, key: 'env', value: 'staging' },
    ]);
    expect(
      await h.fail('addParameter', { projectId: movies.id, key: 'env', value: 'prod' }),
    ).toMatchObject({ code: 'conflict' });
    await h.call('deleteParameter', { projectId: movies.id, parameterId: added.id });
    expect(await h.call<unknown[]>('parameters', { projectId: movies.id })).toHaveLength(1);
  });
});

describe('Bitbar project files', () => {
  it("shows the project's files and downloads them to a folder without overwriting", async () => {
    const files = await h.call<BitbarProjectFile[]>('projectFiles', { projectId: movies.id });
    expect(files.map((f) => [f.kind, f.name])).toEqual([
      ['application', 'Movies.apk'],
      ['test', 'MoviesTest.apk'],
    ]);
    expect(files[0]!.size).toBeGreaterThan(0);
    const first = await h.call<{ path: string; bytes: number }>('downloadProjectFile', {
      projectId: movies.id,
      kind: 'application',
      folder,
    });
    const second = await h.call<{ path: string }>('downloadProjectFile', {
      projectId: movies.id,
      kind: 'application',
      folder,
    });
    expect(first).toEqual({ path: join(folder, 'Movies.apk'), bytes: files[0]!.size });
    expect(second.path).toBe(join(folder, 'Movies (1).apk'));
    expect((await readFile(first.path)).subarray(0, 2).toString()).toBe('PK');
    const all = await h.call<{ path: string }>('downloadProjectFile', {
      projectId: movies.id,
      kind: 'all',
      folder,
    });
    expect(all.path).toMatch(/project-\d+-files\.zip$/);
  });

  it('says when a file is missing or the folder does not exist', async () => {
    expect(
      await h.fail('downloadProjectFile', { projectId: movies.id, kind: 'data', folder }),
    ).toMatchObject({
      code: 'not_found',
      message: `Bitbar could not find a data file in project ${movies.id}.`,
    });
    expect(
      await h.fail('downloadProjectFile', {
        projectId: movies.id,
        kind: 'test',
        folder: join(folder, 'nope'),
      }),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { folder: 'This folder does not exist' },
    });
  });

  it('without a folder asks the desktop where to save', async () => {
    const saved = await h.call<{ path: string }>('downloadProjectFile', {
      projectId: movies.id,
      kind: 'test',
    });
    expect(saved.path).toBe(join(h.dataDir, 'downloads', 'MoviesTest.apk'));
  });

  it('the emulator takes multipart uploads (field `file`), recording size and SHA-256', async () => {
    const empty = await h.call<BitbarProject>('createProject', {
      name: 'Upload target',
      type: 'ANDROID',
    });
    const url = `${h.sandbox.services.bitbar!.baseUrl}/v2/me/projects/${empty.id}/files/application`;
    const authorization = `Basic ${Buffer.from(`${h.emulator.demoApiKey}:`).toString('base64')}`;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('PK fake apk bytes')]), 'Kiosk.apk');
    const response = await fetch(url, {
      method: 'POST',
      body: form,
      headers: { authorization, accept: 'application/json' },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      originalName: 'Kiosk.apk',
      readableSize: '17 B',
    });
    expect(h.emulator.received.at(-1)).toMatchObject({
      field: 'file',
      filename: 'Kiosk.apk',
      size: 17,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const wrong = new FormData();
    wrong.append('file', new Blob(['x']), 'Kiosk.ipa');
    const refused = await fetch(url, {
      method: 'POST',
      body: wrong,
      headers: { authorization, accept: 'application/json' },
    });
    expect(refused.status).toBe(400);
    expect(await h.call('projectFiles', { projectId: empty.id })).toEqual([
      { kind: 'application', name: 'Kiosk.apk', size: 17 },
    ]);
  });
});

describe('Bitbar sharing and notifications', () => {
  it('shares a project by e-mail, refuses unknown users and duplicates, and removes a share', async () => {
    expect(await h.call('shares', { projectId: movies.id })).toEqual([
      { id: expect.any(Number), email: 'ana@example.com' },
    ]);
    const share = await h.call<{ id: number }>('addShare', {
      projectId: movies.id,
      email: 'chen@example.com',
    });
    expect(
      await h.fail('addShare', { projectId: movies.id, email: 'ana@example.com' }),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await h.fail('addShare', { projectId: movies.id, email: 'nobody@example.com' }),
    ).toMatchObject({
      code: 'not_found',
      message: 'Bitbar could not find a Bitbar user with the e-mail nobody@example.com.',
    });
    expect(await h.fail('addShare', { projectId: movies.id, email: 'not-an-email' })).toMatchObject(
      { code: 'invalid_input' },
    );
    await h.call('removeShare', { projectId: movies.id, shareId: share.id });
    expect(await h.call<unknown[]>('shares', { projectId: movies.id })).toHaveLength(1);
  });

  it('adds account-wide and per-project notifications, changes and removes them', async () => {
    const all = await h.call<{ id: number; projectId: number | null }[]>('notifications', {});
    expect(all.map((n) => n.projectId)).toEqual([null, movies.id]);
    const added = await h.call<{ id: number }>('addNotification', {
      email: 'ops@example.com',
      type: 'ON_FAILURE',
      projectId: movies.id,
    });
    expect(await h.call('notifications', { projectId: movies.id })).toContainEqual({
      id: added.id,
      email: 'ops@example.com',
      projectId: movies.id,
      type: 'ON_FAILURE',
    });
    expect(
      await h.fail('addNotification', {
        email: 'ops@example.com',
        type: 'ALWAYS',
        projectId: movies.id,
      }),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await h.call('updateNotification', { notificationId: added.id, type: 'ALWAYS' }),
    ).toMatchObject({ type: 'ALWAYS' });
    await h.call('removeNotification', { notificationId: added.id });
    expect(await h.call<unknown[]>('notifications', { projectId: movies.id })).toHaveLength(1);
  });
});
