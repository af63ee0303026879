import type { bitbarRunChannels } from '../../../shared/contract/bitbar-runs';
import type { CoreContext } from '../context';
import * as deviceRuns from '../providers/bitbar/device-runs';
import * as runs from '../providers/bitbar/runs';
import type { Handlers } from './types';

type RunHandlers = Pick<Handlers['bitbar'], keyof typeof bitbarRunChannels>;

/** Test runs, device runs, tags, reports and screenshots. */
export function bitbarRunHandlers(ctx: CoreContext): RunHandlers {
  const api = ctx.bitbar;
  const target = (folder: string | undefined) => ({ folder, platform: ctx.platform });

  return {
    runs: (page) => runs.listRuns(api, page),
    startRun: ({ projectId, name }) => runs.startRun(api, projectId, name),
    run: ({ projectId, runId }) => runs.runDetail(api, projectId, runId),
    deviceRun: ({ projectId, runId, deviceRunId }) =>
      deviceRuns.deviceRunDetail(api, projectId, runId, deviceRunId),
    downloadDeviceRunFile: ({ file, folder, ...ref }) =>
      deviceRuns.downloadDeviceRunFile(api, ref, file, target(folder)),
    addTag: ({ projectId, runId, name }) => runs.addTag(api, projectId, runId, name),
    removeTag: async ({ projectId, runId, tagId }) => {
      await runs.removeTag(api, projectId, runId, tagId);
      return { tagId };
    },
    downloadReport: ({ report, format, folder, ...ref }) =>
      deviceRuns.downloadReport(api, ref, report, format, target(folder)),
    requestScreenshots: ({ projectId, runId }) => runs.requestScreenshots(api, projectId, runId),
    downloadScreenshots: ({ folder, ...ref }) =>
      deviceRuns.downloadScreenshots(api, ref, target(folder)),
    successHistory: ({ projectId, count }) => runs.successHistory(api, projectId, count),
  };
}
