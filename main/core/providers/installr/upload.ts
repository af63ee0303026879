import type { InstallrBuild } from '../../../../shared/contract/installr';
import type { TargetFor } from '../../../../shared/contract/uploads';
import { joinUrl } from '../../http/request';
import type { DeliveredBuild, ServiceUploader, UploadRun } from '../../transfer/uploader';
import { getApp, listApps, readAnswer, toBuild } from './client';
import { installrError } from './errors';
import { AppDetailsResponseSchema, type ApiBuild } from './schemas';
import { t } from '../../i18n/translate';
import { refusalWords } from '../../i18n/shared-words';

/**
 * "Create App" (installr-api.txt): multipart POST apps.json with the build in `qqfile`
 * and `releaseNotes`, `notify`, `add`; header X-InstallrAppToken.
 *
 * Duplicates: before the first byte we note the app's latest build id; if an attempt's
 * last byte went out but no answer came back, `findDelivered` lists the apps and takes a
 * newer build of the same version as ours instead of uploading it again.
 */
export const installrUploader: ServiceUploader<'installr'> = {
  service: 'installr',

  refuse: (file) => refusalWords('installr', file.fileName, file.size),

  async upload(run) {
    await rememberLatestBuild(run);
    const response = await run.send({
      shape: 'multipart',
      url: joinUrl(run.credentials.baseUrl, 'apps.json'),
      headers: { 'x-installrapptoken': run.credentials.secret, accept: 'application/json' },
      fields: formFields(run.target),
      fileField: 'qqfile',
    });
    const { appData } = readAnswer(response, AppDetailsResponseSchema);
    const raw = appData.latestBuild ?? newest(appData.builds ?? []);
    if (!raw) throw installrError({ ...response, status: 502 });
    const app = { id: appData.id, title: appData.title, bundleId: appData.appId };
    return delivered(run, app, toBuild(raw), raw.buildFile?.url ?? undefined);
  },

  async findDelivered(run) {
    const bundleId = run.build?.id;
    const version = run.build?.version;
    if (!bundleId || !version) return undefined;
    const app = (await listApps(run.credentials, run.signal)).find((a) => a.bundleId === bundleId);
    const latest = app?.latestBuild;
    if (!app || !latest || latest.version !== version) return undefined;
    if (run.saved.latestBuildId !== undefined && latest.id === run.saved.latestBuildId) {
      return undefined;
    }
    if (Date.parse(latest.createdAt) < Date.parse(run.createdAt) - 5 * 60_000) return undefined;
    const details = await getApp(run.credentials, app.id, run.signal);
    const build = details.builds.find((b) => b.id === latest.id) ?? latest;
    return delivered(run, app, build);
  },
};

/** `notify`/`add` take team names separated by commas, or `true` for the previous build's testers. */
export function formFields(target: TargetFor<'installr'>): [string, string][] {
  const fields: [string, string][] = [];
  if (target.releaseNotes.trim()) fields.push(['releaseNotes', target.releaseNotes]);
  const notify = target.notifyPreviousTesters ? 'true' : target.notify.join(',');
  const add = target.addPreviousTesters ? 'true' : target.add.join(',');
  if (notify) fields.push(['notify', notify]);
  if (add) fields.push(['add', add]);
  return fields;
}

/**
 * A lookup like any other: when it fails, the attempt fails and the retry policy decides.
 * Skipping it would leave `findDelivered` unable to tell our build from the one before.
 */
async function rememberLatestBuild(run: UploadRun<'installr'>): Promise<void> {
  if (!run.build?.id || run.saved.latestBuildId !== undefined) return;
  const app = (await listApps(run.credentials, run.signal)).find(
    (a) => a.bundleId === run.build?.id,
  );
  run.save({ latestBuildId: app?.latestBuild?.id ?? null });
}

function newest(builds: ApiBuild[]): ApiBuild | undefined {
  return [...builds].sort((a, b) => b.dateCreated.localeCompare(a.dateCreated) || b.id - a.id)[0];
}

function delivered(
  run: UploadRun<'installr'>,
  app: { id: number; title: string; bundleId: string },
  build: InstallrBuild,
  fileUrl?: string,
): DeliveredBuild {
  // "0.20.4 (0.20.4)" says nothing twice: the build number only when it differs.
  const version =
    build.buildNumber && build.buildNumber !== build.version
      ? `${build.version} (${build.buildNumber})`
      : build.version;
  const target = run.target;
  const teams = [
    target.notifyPreviousTesters
      ? t('installr:delivered.previousTesters')
      : target.notify.join(', '),
  ].filter(Boolean);
  return {
    headline: t('installr:delivered.headline', { title: app.title, version }),
    remoteId: String(build.id),
    details: [
      { label: t('installr:delivered.app'), value: `${app.title} (${app.bundleId})` },
      { label: t('installr:delivered.version'), value: version },
      ...(teams.length
        ? [{ label: t('installr:delivered.notified'), value: teams.join(', ') }]
        : []),
    ],
    links: [
      ...(fileUrl ? [{ label: t('installr:delivered.buildFile'), url: fileUrl }] : []),
      ...(build.iconUrl ? [{ label: t('installr:delivered.icon'), url: build.iconUrl }] : []),
    ],
  };
}
