import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogDevice } from './catalog';
import type { BitbarEnv } from './env';
import { createGroup } from './groups';
import { createProject } from './projects';
import { startRun } from './runs';
import type { FileKind, Project, User } from './state';
import { zipArchive } from './zip';

export const DEMO_EMAIL = 'demo@bitbar.example';

/** The demo user's secrets, made fresh by each emulator (see demoSecret). */
export interface DemoCredentials {
  apiKey: string;
  password: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Demo data: users, public and personal device groups, projects with files, past runs. */
export async function seedDemoData(
  env: BitbarEnv,
  filesDir: string,
  credentials: DemoCredentials,
): Promise<void> {
  const { state } = env;
  const demo: User = {
    id: 31595291,
    email: DEMO_EMAIL,
    name: 'Dana Demo',
    password: credentials.password,
    apiKey: credentials.apiKey,
  };
  const system: User = { id: 1, email: 'devices@bitbar.example', name: 'Bitbar' };
  for (const user of [
    demo,
    system,
    { id: 278815, email: 'ana@example.com', name: 'Ana Tester' },
    { id: 278816, email: 'ben@example.com', name: 'Ben Release' },
    { id: 278817, email: 'chen@example.com', name: 'Chen Product' },
  ]) {
    state.users.set(user.id, user);
  }

  const catalog = state.catalog();
  const take = (count: number, test: (d: CatalogDevice) => boolean) =>
    catalog
      .filter(test)
      .slice(0, count)
      .map((d) => d.id);
  const android = (d: CatalogDevice) => d.osType === 'ANDROID';
  const ios = (d: CatalogDevice) => d.osType === 'IOS';

  const publicGroups: [string, 'ANDROID' | 'IOS', number[]][] = [
    ['Free Android devices', 'ANDROID', take(10, (d) => android(d) && d.creditsPrice === 0)],
    ['Free iOS devices', 'IOS', take(6, (d) => ios(d) && d.creditsPrice === 0)],
    ['Top Android devices', 'ANDROID', take(20, (d) => android(d) && d.model.tier >= 2)],
    ['Latest iPhones', 'IOS', take(8, (d) => ios(d) && d.model.tier === 3 && !d.model.tablet)],
  ];
  for (const [name, os, ids] of publicGroups)
    createGroup(env, system.id, name, os, true).deviceIds = ids;

  const smoke = createGroup(env, demo.id, 'Smoke test phones', 'ANDROID');
  smoke.deviceIds = take(4, (d) => android(d) && d.model.tier === 1);
  const iphones = createGroup(env, demo.id, 'iPhones', 'IOS');
  iphones.deviceIds = take(3, (d) => ios(d) && !d.model.tablet && d.model.tier >= 1);

  // Ages put the Android app on top of newest-first lists.
  createProject(env, demo.id, 'Empty project', 'ANDROID').createTime = env.now() - 40 * DAY;
  const movies = createProject(env, demo.id, 'Movies app (Android)', 'ANDROID');
  movies.description = 'Nightly regression of the Movies app';
  movies.createTime = env.now() - 10 * DAY;
  await addFile(env, filesDir, movies, 'application', 'Movies.apk');
  await addFile(env, filesDir, movies, 'test', 'MoviesTest.apk');
  state.configs.get(movies.id)!.usedDeviceGroupId = smoke.id;
  state.parameters.set(movies.id, [{ id: state.nextId('parameter'), key: 'devel', value: 'true' }]);

  const moviesIos = createProject(env, demo.id, 'Movies app (iOS)', 'IOS');
  moviesIos.createTime = env.now() - 20 * DAY;
  await addFile(env, filesDir, moviesIos, 'application', 'Movies.ipa');
  await addFile(env, filesDir, moviesIos, 'test', 'MoviesUITests.zip');
  state.configs.get(moviesIos.id)!.usedDeviceGroupId = iphones.id;

  const checkout = createProject(env, demo.id, 'Checkout UIAutomator', 'UIAUTOMATOR');
  checkout.createTime = env.now() - 30 * DAY;
  await addFile(env, filesDir, checkout, 'application', 'Checkout.apk');
  await addFile(env, filesDir, checkout, 'test', 'CheckoutTests.apk');
  Object.assign(state.configs.get(checkout.id)!, {
    uiAutomatorTestClasses: 'com.example.checkout.CartTest',
    usedDeviceGroupId: smoke.id,
  });

  const now = env.now();
  for (let i = 8; i >= 1; i--)
    startRun(env, demo, movies, `Nightly ${i <= 1 ? 'latest' : `#${9 - i}`}`, now - i * DAY);
  for (let i = 3; i >= 1; i--)
    startRun(env, demo, moviesIos, `iOS regression ${4 - i}`, now - i * DAY - DAY / 3);

  state.shares.set(movies.id, [
    {
      id: state.nextId('share'),
      projectId: movies.id,
      userId: 278815,
      userEmail: 'ana@example.com',
    },
  ]);
  for (const [email, projectId, type] of [
    [demo.email, null, 'ALWAYS'],
    ['qa-team@example.com', movies.id, 'ON_FAILURE'],
  ] as const) {
    const id = state.nextId('notification');
    state.notifications.set(id, { id, userId: demo.id, email, projectId, type });
  }
}

async function addFile(
  env: BitbarEnv,
  dir: string,
  project: Project,
  kind: FileKind,
  name: string,
) {
  const data = zipArchive([
    {
      name: kind === 'application' ? 'AndroidManifest.xml' : 'README.txt',
      data: Buffer.from(`Demo ${kind} file for ${project.name}\n`),
    },
  ]);
  const path = join(dir, `seed-${project.id}-${name}`);
  await writeFile(path, data);
  const files = env.state.files.get(project.id) ?? {};
  files[kind] = {
    id: env.state.nextId('file'),
    kind,
    originalName: name,
    size: data.length,
    sha256: '',
    path,
    uploadTime: env.now() - 9 * DAY,
  };
  env.state.files.set(project.id, files);
}
