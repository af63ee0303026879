import {
  isoSeconds,
  type App,
  type Build,
  type InstallrAccount,
  type Platform,
  type Tester,
  type TesterStage,
} from './model';

/**
 * Demo data: an iOS and an Android app with a few builds each and testers at every
 * stage, plus a brand-new app nobody was invited to yet. Tokens are fixed so tests and
 * `npm run sandbox` can print and use them; dates are relative to start-up so the demo
 * always looks recent.
 */
export const SEED_APP_TOKENS = {
  fieldNotesIos: 'WYZoS5F9HYyZPnbOkH3hDhAgkCNh',
  parcelAndroid: 'Kq7TbN2xVdL9sR4mPzC8wJfH3gYe',
  cafeIos: 'Ht5MnB8vQcX2kL7rWs9dFp4ZyJaE',
} as const;

const TESTERS: [email: string, inviteToken: string][] = [
  ['ana.lima@example.com', 'g2ob7flntq8h39sj0gocjpuiab'],
  ['ben.okafor@example.com', 'k81mz0qpdw4rt6vy2xjc9hnsle'],
  ['chloe.martin@example.com', 'p3fq8wzl1vd7cn0sx5hyrgbm2k'],
  ['dev.patel@example.com', 'r6tj2ma9kq0wz4nd8yhx1fvb7c'],
  ['emma.schulz@example.com', 'u9cx3lg7pk1wd5rz0bqhm2nfy8'],
  ['farid.haddad@example.com', 'w4nb8rc2yz6jq0lk3tmdx9vhs1'],
  ['grace.kim@example.com', 'y7dm1vz5qh9xk3rc0wbpn8lgt2'],
];

/** ana, ben and dev registered devices (see their stages below). */
const DEVICE_OWNERS = [0, 1, 3];

const DAY = 24 * 60 * 60 * 1000;

export function seedAccount(now = Date.now()): InstallrAccount {
  const at = (daysAgo: number, hour = 10) =>
    isoSeconds(new Date(now - daysAgo * DAY - ((now % DAY) - hour * 3600_000)));
  const testers: Tester[] = TESTERS.map(([email, inviteToken], i) => ({
    id: 301 + i,
    email,
    inviteToken,
    // Testers who got as far as registering a device have one on file.
    devices: DEVICE_OWNERS.includes(i)
      ? [{ name: `${email.split('.')[0]}'s phone`, udid: `00008030-00${i}A4C1E2D3` }]
      : [],
  }));
  const byEmail = (prefix: string) => testers.find((t) => t.email.startsWith(prefix))!.id;
  const team = (entries: [string, TesterStage][]) =>
    new Map(entries.map(([prefix, stage]) => [byEmail(prefix), stage]));

  const build = (b: Omit<Build, 'pending' | 'team'> & Partial<Build>): Build => ({
    team: new Map(),
    pending: [],
    ...b,
  });
  const app = (
    id: number,
    appId: string,
    title: string,
    platform: Platform,
    appToken: string,
    builds: Build[],
  ): App => ({ id, appId, title, platform, appToken, builds, events: [] });

  const fieldNotes = app(
    65,
    'com.dropship.fieldnotes',
    'Field Notes',
    'IOS',
    SEED_APP_TOKENS.fieldNotesIos,
    [
      build({
        id: 146,
        versionNumber: '1.3.0',
        buildNumber: '41',
        dateCreated: at(30),
        releaseNotes: 'Offline mode for notes.',
        buildSize: '23.41 MB',
        fileName: 'FieldNotes-1.3.0.ipa',
        team: team([
          ['ana', 'installed'],
          ['ben', 'installed'],
        ]),
      }),
      build({
        id: 147,
        versionNumber: '1.3.1',
        buildNumber: '42',
        dateCreated: at(16),
        releaseNotes: 'Fixes a crash when a note has no title.',
        buildSize: '23.48 MB',
        fileName: 'FieldNotes-1.3.1.ipa',
        team: team([
          ['ana', 'installed'],
          ['ben', 'device'],
          ['chloe', 'registered'],
        ]),
      }),
      build({
        id: 148,
        versionNumber: '1.4.0',
        buildNumber: '45',
        dateCreated: at(2, 9),
        releaseNotes: 'Photo attachments.\nDark mode follows the system setting.',
        buildSize: '24.02 MB',
        fileName: 'FieldNotes-1.4.0.ipa',
        team: team([
          ['ana', 'installed'],
          ['ben', 'device'],
          ['chloe', 'registered'],
          ['dev', 'invited'],
          ['emma', 'added'],
          ['farid', 'unsubscribed'],
        ]),
        pending: [byEmail('grace')],
      }),
    ],
  );
  const parcel = app(
    66,
    'com.dropship.parcel',
    'Parcel Tracker',
    'ANDROID',
    SEED_APP_TOKENS.parcelAndroid,
    [
      build({
        id: 150,
        versionNumber: '2.0.0',
        buildNumber: '200',
        dateCreated: at(21),
        releaseNotes: 'New delivery map.',
        buildSize: '11.87 MB',
        fileName: 'parcel-2.0.0.apk',
        team: team([['dev', 'installed']]),
      }),
      build({
        id: 151,
        versionNumber: '2.1.0',
        buildNumber: '210',
        dateCreated: at(5, 15),
        releaseNotes: 'Push notifications when a parcel is out for delivery.',
        buildSize: '12.05 MB',
        fileName: 'parcel-2.1.0.apk',
        team: team([
          ['dev', 'installed'],
          ['grace', 'registered'],
          ['ben', 'invited'],
        ]),
      }),
    ],
  );
  const cafe = app(67, 'com.dropship.cafe', 'Cafe Rewards', 'IOS', SEED_APP_TOKENS.cafeIos, [
    build({
      id: 155,
      versionNumber: '0.9.0',
      buildNumber: '7',
      dateCreated: at(1, 17),
      releaseNotes: 'First beta: collect stamps, redeem a free coffee.',
      buildSize: '8.30 MB',
      fileName: 'CafeRewards-0.9.0.ipa',
    }),
  ]);

  const apps = [fieldNotes, parcel, cafe];
  for (const a of apps) seedEvents(a, testers);
  return {
    userName: 'Dropship Sandbox',
    apps,
    testers,
    teams: new Map([
      ['QA', ['ana.lima@example.com', 'ben.okafor@example.com']],
      ['devs', ['dev.patel@example.com', 'chloe.martin@example.com']],
      ['execs', ['emma.schulz@example.com']],
      ['ops', ['grace.kim@example.com']],
    ]),
    nextId: { app: 68, build: 160, tester: 301 + testers.length },
  };
}

/** Upload and install events, newest first, the way Installr's activity feed reads. */
function seedEvents(app: App, testers: Tester[]): void {
  const events: App['events'] = [];
  app.builds.forEach((build, i) => {
    events.push({
      createdOn: build.dateCreated,
      eventDescription:
        i === 0
          ? `Dropship Sandbox uploaded new app: ${app.title}`
          : `Dropship Sandbox uploaded new build: ${app.title} ${build.versionNumber} (${build.buildNumber})`,
    });
    for (const [testerId, stage] of build.team) {
      if (stage !== 'installed') continue;
      const email = testers.find((t) => t.id === testerId)?.email ?? 'A tester';
      const installedAt = new Date(Date.parse(build.dateCreated) + 3 * 3600_000);
      events.push({
        createdOn: isoSeconds(installedAt),
        eventDescription: `${email} installed ${app.title} ${build.versionNumber}`,
      });
    }
  });
  app.events = events.sort((a, b) => b.createdOn.localeCompare(a.createdOn));
}
