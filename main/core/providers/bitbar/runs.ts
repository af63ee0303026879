import type {
  BitbarRun,
  BitbarRunDetail,
  BitbarStep,
  BitbarTag,
} from '../../../../shared/contract/bitbar-runs';
import type { BitbarApi } from './api';
import { toDevice } from './devices';
import { listAll, listPage } from './paging';
import {
  ApiDeviceRunSchema,
  ApiTagSchema,
  ApiTestRunSchema,
  type ApiDeviceRun,
  type ApiState,
  type ApiTestRun,
} from './schemas';
import { t } from '../../i18n/translate';

/** Test runs: start, list, read, tag. Device-run detail lives in device-runs.ts. */
export const runPath = (projectId: number, runId: number) =>
  `v2/me/projects/${projectId}/runs/${runId}`;
const runSubject = (runId: number) => t('bitbar:subject.testRun', { id: runId });

export function toRun(run: ApiTestRun, projectId: number | null = null): BitbarRun {
  return {
    id: run.id,
    projectId: run.projectId ?? projectId,
    projectName: run.projectName ?? null,
    number: run.number ?? 0,
    name: run.displayName ?? `Run ${run.number ?? run.id}`,
    createdAt: run.createTime,
    state: run.state,
    executionRatio: run.executionRatio ?? null,
    successRatio: run.successRatio ?? null,
    startedBy: run.startedByDisplayName ?? '',
    screenshotsZip: run.screenshotZipState ?? 'BLANK',
  };
}

export function toStep(state: ApiState): BitbarStep {
  return {
    id: state.id,
    type: state.deviceRunStateType,
    status: state.status,
    startedAt: state.startTimeMS,
    finishedAt: state.finishTimeMS ?? null,
    failReason: state.failReason ?? null,
  };
}

export function toDeviceRun(deviceRun: ApiDeviceRun) {
  return {
    id: deviceRun.id,
    device: toDevice(deviceRun.device),
    status: deviceRun.runStatus,
    testsPassed: deviceRun.testCaseSuccessNo ?? 0,
    testsRun: deviceRun.testCaseAllNo ?? 0,
    testCount: deviceRun.testCaseCount ?? 0,
    startedAt: deviceRun.startTime ?? null,
    currentStep: deviceRun.currentState ? toStep(deviceRun.currentState) : null,
  };
}

export async function listRuns(
  api: BitbarApi,
  page: { projectId?: number | undefined; offset: number; limit: number; search?: string },
) {
  const path =
    page.projectId === undefined ? 'v2/me/runs' : `v2/me/projects/${page.projectId}/runs`;
  const result = await listPage(
    api,
    {
      path,
      action: t('bitbar:action.listTestRuns'),
      ...(page.projectId !== undefined
        ? { subject: t('bitbar:subject.project', { id: page.projectId }) }
        : {}),
    },
    ApiTestRunSchema,
    { offset: page.offset, limit: page.limit, ...(page.search ? { search: page.search } : {}) },
  );
  return {
    runs: result.items.map((run) => toRun(run, page.projectId ?? null)),
    offset: result.offset,
    limit: result.limit,
    total: result.total,
    hasMore: result.hasMore,
  };
}

export const startRun = async (api: BitbarApi, projectId: number, name: string) =>
  toRun(
    await api.json(
      {
        method: 'POST',
        path: `v2/me/projects/${projectId}/runs`,
        query: { name },
        action: t('bitbar:action.startTestRun'),
        subject: t('bitbar:subject.project', { id: projectId }),
      },
      ApiTestRunSchema,
    ),
    projectId,
  );

export const getRun = async (api: BitbarApi, projectId: number, runId: number) =>
  toRun(
    await api.json(
      {
        method: 'GET',
        path: runPath(projectId, runId),
        action: t('bitbar:action.openTestRun'),
        subject: runSubject(runId),
      },
      ApiTestRunSchema,
    ),
    projectId,
  );

export const listDeviceRuns = async (api: BitbarApi, projectId: number, runId: number) =>
  (
    await listAll(
      api,
      {
        path: `${runPath(projectId, runId)}/device-runs`,
        action: t('bitbar:action.listDeviceRuns'),
        subject: runSubject(runId),
      },
      ApiDeviceRunSchema,
    )
  ).map(toDeviceRun);

export async function listTags(
  api: BitbarApi,
  projectId: number,
  runId: number,
): Promise<BitbarTag[]> {
  return listAll(
    api,
    {
      path: `${runPath(projectId, runId)}/tags`,
      action: t('bitbar:action.listTags'),
      subject: runSubject(runId),
    },
    ApiTagSchema,
  );
}

export async function runDetail(
  api: BitbarApi,
  projectId: number,
  runId: number,
): Promise<BitbarRunDetail> {
  const [run, deviceRuns, tags] = await Promise.all([
    getRun(api, projectId, runId),
    listDeviceRuns(api, projectId, runId),
    listTags(api, projectId, runId),
  ]);
  return { run, deviceRuns, tags };
}

export const addTag = (api: BitbarApi, projectId: number, runId: number, name: string) =>
  api.json(
    {
      method: 'POST',
      path: `${runPath(projectId, runId)}/tags`,
      query: { name },
      action: t('bitbar:action.addTag', { name }),
      subject: runSubject(runId),
    },
    ApiTagSchema,
  );

export async function removeTag(
  api: BitbarApi,
  projectId: number,
  runId: number,
  tagId: number,
): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `${runPath(projectId, runId)}/tags/${tagId}`,
    action: t('bitbar:action.removeTag'),
    subject: `tag ${tagId}`,
  });
}

/** Asks Bitbar to build the screenshots package; the run's screenshotZipState says when it is READY. */
export async function requestScreenshots(
  api: BitbarApi,
  projectId: number,
  runId: number,
): Promise<BitbarRun> {
  await api.call({
    method: 'POST',
    path: `${runPath(projectId, runId)}/screenshots.zip`,
    action: t('bitbar:action.prepareScreenshots'),
    subject: runSubject(runId),
  });
  return getRun(api, projectId, runId);
}

/** The project's latest runs, oldest first, for the success chart. */
export async function successHistory(api: BitbarApi, projectId: number, count: number) {
  const page = await listPage(
    api,
    {
      path: `v2/me/projects/${projectId}/runs`,
      action: t('bitbar:action.listTestRuns'),
      subject: t('bitbar:subject.project', { id: projectId }),
    },
    ApiTestRunSchema,
    { offset: 0, limit: count, sort: 'createTime_d' },
  );
  return page.items
    .map((run) => ({
      runId: run.id,
      number: run.number ?? 0,
      name: run.displayName ?? '',
      createdAt: run.createTime,
      successRatio: run.successRatio ?? null,
    }))
    .reverse();
}
