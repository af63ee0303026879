import type { InstallrApp, InstallrBuild } from '../../../../shared/contract/installr';
import type { ServiceCredentials } from '../../accounts/accounts';
import { joinUrl, sendJson } from '../../http/request';
import { AppListResponseSchema, readInstallrMessage, type ApiBuildSchema } from './schemas';
import type { z } from 'zod';

/** Installr's API: plain functions over the HTTP helper, one per endpoint. */

const authHeaders = (credentials: ServiceCredentials) => ({
  'x-installrapptoken': credentials.secret,
  accept: 'application/json',
});

export async function listApps(credentials: ServiceCredentials, signal?: AbortSignal): Promise<InstallrApp[]> {
  const body = await sendJson(
    {
      service: 'installr',
      method: 'GET',
      url: joinUrl(credentials.baseUrl, 'apps.json'),
      headers: authHeaders(credentials),
      signal,
    },
    AppListResponseSchema,
    readInstallrMessage,
  );
  return body.appList.map((app) => ({
    id: app.id,
    bundleId: app.appId,
    title: app.title,
    ...(app.latestBuild ? { latestBuild: toBuild(app.latestBuild) } : {}),
  }));
}

export async function verifyInstallr(credentials: ServiceCredentials): Promise<string> {
  const apps = await listApps(credentials);
  const host = new URL(credentials.baseUrl).host;
  return `${apps.length} app${apps.length === 1 ? '' : 's'} at ${host}`;
}

export function toBuild(build: z.output<typeof ApiBuildSchema>): InstallrBuild {
  const platform = build.type?.toLowerCase();
  return {
    id: build.id,
    version: build.versionNumber ?? '—',
    ...(build.buildNumber ? { buildNumber: build.buildNumber } : {}),
    createdAt: build.dateCreated,
    ...(build.releaseNotes ? { releaseNotes: build.releaseNotes } : {}),
    ...(build.icon?.url ? { iconUrl: build.icon.url } : {}),
    installs: build.numberInstalled ?? 0,
    ...(platform === 'ios' || platform === 'android' ? { platform } : {}),
    ...(build.buildFile?.buildSize ? { size: build.buildFile.buildSize } : {}),
  };
}
