import { rm } from 'node:fs/promises';
import type { HttpContext } from '../framework/http-context';
import { MalformedForm, readMultipart, type ReceivedFile } from '../framework/receive';
import type { Emulator } from '../framework/emulator-server';
import { peekBuild, peekIcon } from './build-peek';
import {
  addEvent,
  ensureTester,
  formatBuildSize,
  isoSeconds,
  latestBuild,
  randomToken,
  type App,
  type Build,
  type InstallrAccount,
  type TesterStage,
} from './model';
import { installrError as error, renderAppData } from './render';
import { splitList } from './team-invite';

interface UploadCall {
  account: InstallrAccount;
  base: string;
  emulator: Emulator;
  /** Where each form's text fields are kept for tests to read. */
  forms: Record<string, string>[];
}

/**
 * "Create App": multipart with the build in `qqfile`, plus `releaseNotes`, `notify` and
 * `add` (team names, or `true` for the previous build's testers). A bundle id seen before
 * becomes a new build of that app; otherwise a new app.
 */
export async function createApp(ctx: HttpContext, call: UploadCall): Promise<void> {
  if (!(ctx.header('content-type') ?? '').startsWith('multipart/form-data')) {
    ctx.req.resume();
    return ctx.json(400, error('Send the build as multipart/form-data with the file in qqfile'));
  }
  let body;
  try {
    body = await readMultipart(ctx, call.emulator.filesDir);
  } catch (cause) {
    if (cause instanceof MalformedForm) return ctx.json(400, error('Malformed multipart body'));
    throw cause;
  }
  call.forms.push({ ...body.fields });
  const file = body.files.find((f) => f.field === 'qqfile');
  const discard = () => Promise.all(body.files.map((f) => rm(f.path, { force: true })));
  if (!file || file.size === 0) {
    await discard();
    return ctx.json(400, error('No file uploaded: send the .ipa or .apk in the qqfile field'));
  }
  const extension = /\.(ipa|apk)$/i.exec(file.filename)?.[1]?.toLowerCase();
  if (!extension) {
    await discard();
    return ctx.json(400, error(`${file.filename} is not a build file: upload an .ipa or .apk`));
  }
  const { account } = call;
  const notify = resolveTeams(account, body.fields.notify);
  const add = resolveTeams(account, body.fields.add);
  const unknown = [...notify.unknown, ...add.unknown];
  if (unknown.length > 0) {
    await discard();
    return ctx.json(400, error(`Unknown team: ${unknown.join(', ')}`));
  }

  const platform = extension === 'ipa' ? 'IOS' : 'ANDROID';
  const [meta, icon] = await Promise.all([
    peekBuild(file.path, file.filename, platform),
    peekIcon(file.path, platform),
  ]);
  const existing = account.apps.find((a) => a.appId === meta.appId && a.platform === meta.platform);
  const app = existing ?? newApp(account, meta);
  if (icon) app.icon = icon;
  const previous = latestBuild(app);
  const build = newBuild(account, app, file, meta, body.fields.releaseNotes ?? '');
  app.builds.push(build);
  addEvent(
    app,
    existing
      ? `${account.userName} uploaded new build: ${app.title} ${build.versionNumber} (${build.buildNumber})`
      : `${account.userName} uploaded new app: ${app.title}`,
  );
  giveAccess(account, build, previous, add, false);
  giveAccess(account, build, previous, notify, true);
  call.emulator.received.push(file);

  ctx.json(200, {
    action: existing ? 'update' : 'create',
    appData: renderAppData(call.base, app),
    message: existing ? 'New Build is created' : 'App and first Build are created',
    result: 'success',
  });
}

type TeamChoice = { all: boolean; emails: string[]; unknown: string[] };

/** `QA,devs` → the teams' emails; `true` → everyone on the previous build. */
function resolveTeams(account: InstallrAccount, value: string | undefined): TeamChoice {
  const names = splitList(value);
  if (names.length === 1 && names[0]?.toLowerCase() === 'true') {
    return { all: true, emails: [], unknown: [] };
  }
  const choice: TeamChoice = { all: false, emails: [], unknown: [] };
  for (const name of names) {
    const team = [...account.teams].find(
      ([teamName]) => teamName.toLowerCase() === name.toLowerCase(),
    );
    if (team) choice.emails.push(...team[1]);
    else choice.unknown.push(name);
  }
  return choice;
}

function giveAccess(
  account: InstallrAccount,
  build: Build,
  previous: Build | undefined,
  choice: TeamChoice,
  notified: boolean,
): void {
  const carried = choice.all ? [...(previous?.team ?? [])] : [];
  const chosen = choice.emails.map((email) => {
    const tester = ensureTester(account, email);
    return [tester.id, previous?.team.get(tester.id)] as const;
  });
  for (const [id, before] of [...carried, ...chosen]) {
    if (before === 'unsubscribed') continue;
    const tester = account.testers.find((t) => t.id === id);
    const known = before === 'registered' || before === 'device' || before === 'installed';
    const stage: TesterStage = known
      ? tester?.devices.length
        ? 'device'
        : 'registered'
      : notified
        ? 'invited'
        : 'added';
    const current = build.team.get(id);
    if (current === undefined || current === 'added') build.team.set(id, stage);
  }
}

interface BuildMeta {
  appId: string;
  title: string;
  platform: App['platform'];
  versionNumber: string;
  buildNumber?: string | undefined;
}

function newApp(account: InstallrAccount, meta: BuildMeta): App {
  const app: App = {
    id: account.nextId.app++,
    appId: meta.appId,
    title: meta.title,
    platform: meta.platform,
    appToken: randomToken(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    builds: [],
    events: [],
  };
  account.apps.push(app);
  return app;
}

function newBuild(
  account: InstallrAccount,
  app: App,
  file: ReceivedFile,
  meta: BuildMeta,
  releaseNotes: string,
): Build {
  return {
    id: account.nextId.build++,
    versionNumber: meta.versionNumber,
    buildNumber: meta.buildNumber ?? String(app.builds.length + 1),
    dateCreated: isoSeconds(new Date()),
    releaseNotes,
    buildSize: formatBuildSize(file.size),
    fileName: file.filename,
    team: new Map(),
    pending: [],
  };
}
