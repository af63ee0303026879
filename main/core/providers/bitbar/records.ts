import type { BitbarRun } from '../../../../shared/contract/bitbar-runs';
import type { BitbarApi } from './api';
import { download, type DownloadTarget } from './download';
import { listAll } from './paging';
import { toConfig } from './projects';
import { runPath, toRun, toStep } from './runs';
import {
  ApiNotificationSchema,
  ApiParameterSchema,
  ApiProjectConfigSchema,
  ApiScreenshotSchema,
  ApiShareSchema,
  ApiStateSchema,
  ApiTagSchema,
  ApiTestRunSchema,
} from './schemas';
import { t } from '../../i18n/translate';

/**
 * The rest of the documented API: renaming and deleting runs, a run's frozen config,
 * parameters and files, the project-wide summary and icon, and single-record reads.
 */
type Ref = { projectId: number; runId: number };
const runSubject = (runId: number) => t('bitbar:subject.testRun', { id: runId });

export const renameRun = async (api: BitbarApi, ref: Ref, name: string): Promise<BitbarRun> =>
  toRun(
    await api.json(
      {
        method: 'POST',
        path: runPath(ref.projectId, ref.runId),
        query: { name },
        action: t('bitbar:action.renameTestRun'),
        subject: runSubject(ref.runId),
      },
      ApiTestRunSchema,
    ),
    ref.projectId,
  );

export async function deleteRun(api: BitbarApi, ref: Ref): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: runPath(ref.projectId, ref.runId),
    action: t('bitbar:action.deleteTestRun'),
    subject: runSubject(ref.runId),
  });
}

/** The config as it was when the run started. */
export const getRunConfig = async (api: BitbarApi, ref: Ref) =>
  toConfig(
    await api.json(
      {
        method: 'GET',
        path: `${runPath(ref.projectId, ref.runId)}/config`,
        action: t('bitbar:action.readRunConfig'),
        subject: runSubject(ref.runId),
      },
      ApiProjectConfigSchema,
    ),
  );

export const listRunParameters = (api: BitbarApi, ref: Ref) =>
  listAll(
    api,
    {
      path: `${runPath(ref.projectId, ref.runId)}/config/parameters`,
      action: t('bitbar:action.listRunParameters'),
      subject: runSubject(ref.runId),
    },
    ApiParameterSchema,
  );

export const getRunParameter = (api: BitbarApi, ref: Ref, parameterId: number) =>
  api.json(
    {
      method: 'GET',
      path: `${runPath(ref.projectId, ref.runId)}/config/parameters/${parameterId}`,
      action: t('bitbar:action.readParameter'),
      subject: `parameter ${parameterId}`,
    },
    ApiParameterSchema,
  );

/** A file the run used (application, test, data), or all of them as a ZIP. */
export function downloadRunFile(
  api: BitbarApi,
  ref: Ref,
  kind: 'application' | 'test' | 'data' | 'all',
  target: DownloadTarget,
) {
  const base = runPath(ref.projectId, ref.runId);
  return download(
    api,
    {
      path: kind === 'all' ? `${base}/files.zip` : `${base}/files/${kind}`,
      action:
        kind === 'all'
          ? t('bitbar:action.downloadRunFiles')
          : t('bitbar:action.downloadRunFile', { kind }),
      subject:
        kind === 'all'
          ? t('bitbar:subject.runFiles', { id: ref.runId })
          : t('bitbar:subject.runFile', { kind, id: ref.runId }),
      fallbackName: kind === 'all' ? `run-${ref.runId}-files.zip` : `run-${ref.runId}-${kind}.bin`,
    },
    target,
  );
}

export function downloadProjectSummary(
  api: BitbarApi,
  projectId: number,
  format: 'PDF' | 'HTML' | 'CSV',
  target: DownloadTarget,
) {
  return download(
    api,
    {
      path: `v2/me/projects/${projectId}/reports/summary`,
      query: { type: format },
      action: t('bitbar:action.downloadProjectSummaryReport'),
      subject: t('bitbar:subject.project', { id: projectId }),
      fallbackName: `project-${projectId}-summary.${format === 'HTML' ? 'zip' : format.toLowerCase()}`,
    },
    target,
  );
}

/** The icon Bitbar extracted from the uploaded application. */
export function downloadProjectIcon(api: BitbarApi, projectId: number, target: DownloadTarget) {
  return download(
    api,
    {
      path: `v2/me/projects/${projectId}/icon`,
      action: t('bitbar:action.downloadProjectIcon'),
      subject: t('bitbar:subject.projectIcon', { id: projectId }),
      fallbackName: `project-${projectId}-icon.png`,
    },
    target,
  );
}

export const getTag = (api: BitbarApi, ref: Ref, tagId: number) =>
  api.json(
    {
      method: 'GET',
      path: `${runPath(ref.projectId, ref.runId)}/tags/${tagId}`,
      action: t('bitbar:action.readTag'),
      subject: `tag ${tagId}`,
    },
    ApiTagSchema,
  );

export const getState = async (
  api: BitbarApi,
  ref: Ref & { deviceRunId: number },
  stateId: number,
) =>
  toStep(
    await api.json(
      {
        method: 'GET',
        path: `${runPath(ref.projectId, ref.runId)}/device-runs/${ref.deviceRunId}/states/${stateId}`,
        action: t('bitbar:action.readDeviceRunState'),
        subject: `state ${stateId}`,
      },
      ApiStateSchema,
    ),
  );

export const getScreenshot = (
  api: BitbarApi,
  ref: Ref & { deviceRunId: number },
  screenshotId: number,
) =>
  api.json(
    {
      method: 'GET',
      path: `${runPath(ref.projectId, ref.runId)}/device-runs/${ref.deviceRunId}/screenshots/${screenshotId}`,
      action: t('bitbar:action.readScreenshot'),
      subject: `screenshot ${screenshotId}`,
    },
    ApiScreenshotSchema,
  );

export const getParameter = (api: BitbarApi, projectId: number, parameterId: number) =>
  api.json(
    {
      method: 'GET',
      path: `v2/me/projects/${projectId}/config/parameters/${parameterId}`,
      action: t('bitbar:action.readParameter'),
      subject: `parameter ${parameterId}`,
    },
    ApiParameterSchema,
  );

export const getShare = (api: BitbarApi, projectId: number, shareId: number) =>
  api.json(
    {
      method: 'GET',
      path: `v2/me/projects/${projectId}/sharings/${shareId}`,
      action: t('bitbar:action.readShare'),
      subject: `share ${shareId}`,
    },
    ApiShareSchema,
  );

export const getNotification = (api: BitbarApi, notificationId: number) =>
  api.json(
    {
      method: 'GET',
      path: `v2/me/notification/${notificationId}`,
      action: t('bitbar:action.readNotification'),
      subject: `notification ${notificationId}`,
    },
    ApiNotificationSchema,
  );
