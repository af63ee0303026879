import {
  latestBuild,
  STAGE_STATUS,
  type App,
  type Build,
  type InstallrAccount,
  type Tester,
} from './model';

/**
 * The JSON bodies of api-docs/installr-api.txt, field for field. `base` is the emulator's
 * own address: it stands in for Installr's site and its S3 bucket in URLs.
 */
export const installrError = (message: string) => ({ result: 'error', message });

const PLAN_INFO = { deviceLimit: 5, id: 1, name: 'Hobbyist', price: 0.0 };

const installedCount = (build: Build) =>
  [...build.team.values()].filter((stage) => stage === 'installed').length;

const iconUrl = (base: string, app: App) => `${base}/installr-prod/icons/${app.id}.png`;

/** A build as in "Create App" and "App Details" (plus the list's buildNumber and type). */
export function renderBuild(base: string, app: App, build: Build) {
  return {
    buildFile: {
      buildSize: build.buildSize,
      url: `${base}/installr-prod/appBuilds/${build.id}-${encodeURIComponent(build.fileName)}`,
    },
    dateCreated: build.dateCreated,
    icon: { buildSize: '.00 MB', url: iconUrl(base, app) },
    id: build.id,
    numberInstalled: installedCount(build),
    releaseNotes: build.releaseNotes,
    versionNumber: build.versionNumber,
    buildNumber: build.buildNumber,
    type: app.platform,
  };
}

/** `appData` of "Create App" (newest build first, as Installr lists them). */
export function renderAppData(base: string, app: App) {
  const latest = latestBuild(app);
  return {
    appEvents: app.events,
    appId: app.appId,
    autoSync: false,
    builds: [...app.builds].reverse().map((b) => renderBuild(base, app, b)),
    id: app.id,
    latestBuild: latest ? renderBuild(base, app, latest) : null,
    paymentInfo: [],
    planInfo: PLAN_INFO,
    title: app.title,
  };
}

/** `appData` of "App Details": the same plus the App Store credentials Installr keeps. */
export function renderAppDetails(base: string, app: App) {
  return { adpEmail: null, adpPassword: '', ...renderAppData(base, app) };
}

/** One entry of "List of Apps": a lighter latestBuild, with buildNumber and type. */
function renderListedApp(base: string, app: App) {
  const latest = latestBuild(app);
  return {
    appEvents: app.events,
    appId: app.appId,
    id: app.id,
    latestBuild: latest
      ? {
          dateCreated: latest.dateCreated,
          icon: { url: iconUrl(base, app) },
          id: latest.id,
          numberInstalled: installedCount(latest),
          versionNumber: latest.versionNumber,
          buildNumber: latest.buildNumber,
          type: app.platform,
        }
      : null,
    title: app.title,
  };
}

export function renderAppList(base: string, account: InstallrAccount) {
  const allEvents = account.apps
    .flatMap((app) => app.events)
    .sort((a, b) => b.createdOn.localeCompare(a.createdOn));
  return {
    appEvents: allEvents,
    appList: account.apps.map((app) => renderListedApp(base, app)),
    message: 'appList',
    result: 'success',
  };
}

export const inviteLink = (base: string, tester: Tester) =>
  `${base}/register/index?token=${tester.inviteToken}`;

const devicesData = (tester: Tester) =>
  tester.devices.map((d) => ({ deviceName: d.name, udid: d.udid }));

/**
 * "Team Details". The invite link is only shown while the invitation is still open
 * (like the doc's example, where one tester has it and the other not).
 */
export function renderTeam(base: string, account: InstallrAccount, build: Build) {
  const tester = (id: number) => account.testers.find((t) => t.id === id)!;
  const testers = [...build.team].map(([id, stage]) => {
    const t = tester(id);
    const open = stage === 'added' || stage === 'invited';
    return {
      devicesData: devicesData(t),
      email: t.email,
      id: t.id,
      ...(open ? { inviteLink: inviteLink(base, t) } : {}),
      status: STAGE_STATUS[stage],
    };
  });
  const pendingTesters = build.pending.map((id) => {
    const t = tester(id);
    return { devicesData: devicesData(t), email: t.email, id: t.id };
  });
  return { message: 'data', result: 'success', testersData: { pendingTesters, testers } };
}

/** "App Status": the latest build, for anyone holding the app token. */
export function renderAppStatus(base: string, app: App, build: Build) {
  return {
    appData: {
      appId: app.appId,
      buildNumber: build.buildNumber,
      dateCreated: build.dateCreated,
      installUrl: `${base}/tester/install/${build.id}`,
      releaseNotes: build.releaseNotes,
      title: app.title,
      versionNumber: build.versionNumber,
    },
    message: 'appData',
    result: 'success',
  };
}
