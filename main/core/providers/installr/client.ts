import type { z } from 'zod';
import { FormData } from 'undici';
import type {
  BuildRef,
  InstallrApp,
  InstallrAppDetails,
  InstallrAppStatus,
  InstallrBuild,
  InstallrTeam,
  InstallrTester,
} from '../../../../shared/contract/installr';
import type { ServiceCredentials } from '../../accounts/accounts';
import { directHttp, httpOf, type HttpCall, type HttpClient } from '../../http/client';
import { joinUrl, parseResponse, type HttpResponse } from '../../http/request';
import { installrError, type ErrorContext } from './errors';
import {
  AppDetailsResponseSchema,
  AppListResponseSchema,
  AppStatusResponseSchema,
  InviteResponseSchema,
  isErrorResult,
  TeamResponseSchema,
  type ApiBuild,
  type ApiTester,
} from './schemas';
import { pendingStatus, testerStatus } from './tester-status';
import { t } from '../../i18n/translate';

/** Installr's API (api-docs/installr-api.txt): plain functions, one per endpoint. */

const authHeaders = (credentials: ServiceCredentials) => ({
  'x-installrapptoken': credentials.secret,
  accept: 'application/json',
});

/** One exchange: 2xx with `result: "success"` parses, anything else becomes our error. */
async function call<S extends z.ZodType>(
  http: HttpClient,
  request: HttpCall,
  schema: S,
  context: ErrorContext,
): Promise<z.output<S>> {
  return http.json(
    {
      ...request,
      refusal: (response) => installrError(response, context),
      refused: (response) => isErrorResult(response.body),
    },
    schema,
  );
}

/** Installr's answer, parsed; a non-2xx or a 2xx with `result: "error"` is a refusal. */
export function readAnswer<S extends z.ZodType>(
  response: HttpResponse,
  schema: S,
  context: ErrorContext = {},
): z.output<S> {
  const refused = response.status < 200 || response.status >= 300 || isErrorResult(response.body);
  if (refused) throw installrError(response, context);
  return parseResponse('installr', schema, response.body);
}

const get = (credentials: ServiceCredentials, path: string, signal?: AbortSignal): HttpCall => ({
  service: 'installr',
  method: 'GET',
  url: joinUrl(credentials.baseUrl, path),
  headers: authHeaders(credentials),
  signal,
});

export async function listApps(
  credentials: ServiceCredentials,
  signal?: AbortSignal,
): Promise<InstallrApp[]> {
  const body = await call(
    httpOf(credentials),
    get(credentials, 'apps.json', signal),
    AppListResponseSchema,
    {},
  );
  return body.appList.map((app) => ({
    id: app.id,
    bundleId: app.appId,
    title: app.title,
    ...(app.latestBuild ? { latestBuild: toBuild(app.latestBuild) } : {}),
  }));
}

export async function getApp(
  credentials: ServiceCredentials,
  appId: number,
  signal?: AbortSignal,
): Promise<InstallrAppDetails> {
  const { appData } = await call(
    httpOf(credentials),
    get(credentials, `apps/${appId}.json`, signal),
    AppDetailsResponseSchema,
    { notFound: t('installr:noApp', { appId }) },
  );
  const builds = (appData.builds ?? []).map(toBuild).sort(newestFirst);
  const latest = appData.latestBuild ? toBuild(appData.latestBuild) : builds[0];
  const plan = appData.planInfo;
  return {
    id: appData.id,
    bundleId: appData.appId,
    title: appData.title,
    ...(latest ? { latestBuild: latest } : {}),
    builds,
    events: (appData.appEvents ?? [])
      .map((e) => ({ at: e.createdOn, description: e.eventDescription }))
      .sort((a, b) => b.at.localeCompare(a.at)),
    ...(plan?.name
      ? {
          plan: plan.deviceLimit
            ? t('installr:plan', { name: plan.name, count: plan.deviceLimit })
            : plan.name,
        }
      : {}),
  };
}

const buildPath = (appId: number, build: BuildRef) => `apps/${appId}/builds/${build}/team.json`;
const buildWords = (appId: number, build: BuildRef) =>
  build === 'latest'
    ? t('installr:noBuildYet', { appId })
    : t('installr:noSuchBuild', { appId, build });

export async function getTeam(
  credentials: ServiceCredentials,
  appId: number,
  build: BuildRef,
  signal?: AbortSignal,
): Promise<InstallrTeam> {
  const { testersData } = await call(
    httpOf(credentials),
    get(credentials, buildPath(appId, build), signal),
    TeamResponseSchema,
    { notFound: t('installr:buildNotFound', { why: buildWords(appId, build) }) },
  );
  return {
    appId,
    build,
    testers: (testersData.testers ?? []).map((t) => toTester(t)),
    pending: (testersData.pendingTesters ?? []).map((t) => toTester(t, true)),
  };
}

/**
 * Invites by email: `notify` sends Installr's invitation, `add` gives access silently.
 * Sent as multipart, like the doc's `curl -F`.
 */
export async function inviteTesters(
  credentials: ServiceCredentials,
  appId: number,
  build: BuildRef,
  invite: { notify?: readonly string[]; add?: readonly string[] },
  signal?: AbortSignal,
): Promise<{ id: number; email: string; inviteLink?: string }[]> {
  const form = new FormData();
  if (invite.notify?.length) form.set('notify', invite.notify.join(', '));
  if (invite.add?.length) form.set('add', invite.add.join(', '));
  const body = await call(
    httpOf(credentials),
    { ...get(credentials, buildPath(appId, build), signal), method: 'POST', body: form },
    InviteResponseSchema,
    {
      notFound: t('installr:buildNotFound', { why: buildWords(appId, build) }),
      rejectedField: 'emails',
    },
  );
  return (body.testersAdded ?? []).map((t) => ({
    id: t.id,
    email: t.email,
    ...(t.inviteLink ? { inviteLink: t.inviteLink } : {}),
  }));
}

/** Anonymous: anyone with the app token may ask which build is the latest. */
export async function appStatus(
  baseUrl: string,
  appToken: string,
  signal?: AbortSignal,
  http: HttpClient = directHttp,
): Promise<InstallrAppStatus> {
  const { appData } = await call(
    http,
    {
      service: 'installr',
      method: 'GET',
      url: joinUrl(baseUrl, `apps/status/${encodeURIComponent(appToken)}.json`),
      headers: { accept: 'application/json' },
      signal,
    },
    AppStatusResponseSchema,
    {
      notFound: t('installr:noAppForToken'),
      notFoundHint: t('installr:noAppForTokenHint'),
    },
  );
  return {
    title: appData.title,
    bundleId: appData.appId,
    version: appData.versionNumber ?? '—',
    ...(appData.buildNumber ? { buildNumber: appData.buildNumber } : {}),
    createdAt: appData.dateCreated,
    ...(appData.releaseNotes ? { releaseNotes: appData.releaseNotes } : {}),
    ...(appData.installUrl ? { installUrl: appData.installUrl } : {}),
  };
}

export async function verifyInstallr(credentials: ServiceCredentials): Promise<string> {
  const apps = await listApps(credentials);
  const host = new URL(credentials.baseUrl).host;
  return `${apps.length} app${apps.length === 1 ? '' : 's'} at ${host}`;
}

export function toBuild(build: ApiBuild): InstallrBuild {
  const platform = platformOf(build);
  return {
    id: build.id,
    version: build.versionNumber ?? '—',
    ...(build.buildNumber ? { buildNumber: build.buildNumber } : {}),
    createdAt: build.dateCreated,
    ...(build.releaseNotes ? { releaseNotes: build.releaseNotes } : {}),
    ...(build.icon?.url ? { iconUrl: build.icon.url } : {}),
    installs: build.numberInstalled ?? 0,
    ...(platform ? { platform } : {}),
    ...(build.buildFile?.buildSize ? { size: build.buildFile.buildSize.trim() } : {}),
  };
}

/** `type` when Installr sends it (app list), else the build file's extension. */
function platformOf(build: ApiBuild): 'ios' | 'android' | undefined {
  const type = build.type?.toLowerCase();
  if (type === 'ios' || type === 'android') return type;
  const file = build.buildFile?.url?.split('?')[0]?.toLowerCase() ?? '';
  if (file.endsWith('.ipa')) return 'ios';
  if (file.endsWith('.apk')) return 'android';
  return undefined;
}

function newestFirst(a: InstallrBuild, b: InstallrBuild): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

function toTester(tester: ApiTester, pending = false): InstallrTester {
  return {
    id: tester.id,
    email: tester.email,
    status: pending ? pendingStatus() : testerStatus(tester.status),
    ...(tester.inviteLink ? { inviteLink: tester.inviteLink } : {}),
    devices: tester.devicesData?.length ?? 0,
  };
}
