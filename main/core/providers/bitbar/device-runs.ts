import type { BitbarDeviceRunDetail } from '../../../../shared/contract/bitbar-runs';
import type { BitbarApi } from './api';
import { download, type DownloadTarget } from './download';
import { listAll } from './paging';
import { runPath, toDeviceRun, toStep } from './runs';
import {
  ApiDeviceRunSchema,
  ApiPerformanceItemSchema,
  ApiScreenshotSchema,
  ApiStateSchema,
} from './schemas';
import { z } from 'zod';
import { t } from '../../i18n/translate';

const deviceRunPath = (projectId: number, runId: number, deviceRunId: number) =>
  `${runPath(projectId, runId)}/device-runs/${deviceRunId}`;

/** One device run: its status, state timeline, screenshots and CPU/memory samples. */
export async function deviceRunDetail(
  api: BitbarApi,
  projectId: number,
  runId: number,
  deviceRunId: number,
): Promise<BitbarDeviceRunDetail> {
  const base = deviceRunPath(projectId, runId, deviceRunId);
  const subject = t('bitbar:subject.deviceRun', { id: deviceRunId });
  const [deviceRun, states, screenshots, performance] = await Promise.all([
    api.json(
      { method: 'GET', path: base, action: t('bitbar:action.openDeviceRun'), subject },
      ApiDeviceRunSchema,
    ),
    listAll(
      api,
      { path: `${base}/states`, action: t('bitbar:action.readDeviceRunStates'), subject },
      ApiStateSchema,
    ),
    listAll(
      api,
      { path: `${base}/screenshots`, action: t('bitbar:action.listScreenshots'), subject },
      ApiScreenshotSchema,
    ),
    api.json(
      {
        method: 'GET',
        path: `${base}/performance`,
        action: t('bitbar:action.readPerformanceData'),
        subject,
      },
      z.array(ApiPerformanceItemSchema),
    ),
  ]);
  return {
    deviceRun: toDeviceRun(deviceRun),
    steps: states.map(toStep),
    screenshots: screenshots.map((s) => ({
      id: s.id,
      name: s.originalName,
      failed: s.fail ?? false,
      orientation: s.type ?? 'PORTRAIT',
    })),
    performance: performance.map((p) => ({
      at: p.timestamp,
      cpu: p.cpuUsage,
      memoryKb: p.memUsage,
    })),
  };
}

export function downloadDeviceRunFile(
  api: BitbarApi,
  ref: { projectId: number; runId: number; deviceRunId: number },
  file: 'junit' | 'logs',
  target: DownloadTarget,
) {
  const base = deviceRunPath(ref.projectId, ref.runId, ref.deviceRunId);
  return download(
    api,
    {
      path: file === 'junit' ? `${base}/junit.xml` : `${base}/logs`,
      action:
        file === 'junit' ? t('bitbar:action.downloadJunit') : t('bitbar:action.downloadDeviceLogs'),
      subject:
        file === 'junit'
          ? t('bitbar:subject.junit', { id: ref.deviceRunId })
          : t('bitbar:subject.deviceLogs', { id: ref.deviceRunId }),
      fallbackName:
        file === 'junit'
          ? `device-run-${ref.deviceRunId}-junit.xml`
          : `device-run-${ref.deviceRunId}-logs.txt`,
    },
    target,
  );
}

export function downloadReport(
  api: BitbarApi,
  ref: { projectId: number; runId: number },
  report: 'summary' | 'failures' | 'detail-failures',
  format: 'PDF' | 'HTML' | 'CSV',
  target: DownloadTarget,
) {
  const ext = format === 'HTML' ? 'zip' : format.toLowerCase();
  return download(
    api,
    {
      path: `${runPath(ref.projectId, ref.runId)}/reports/${report}`,
      query: { type: format },
      action: t('bitbar:action.downloadReport', { report: report.replace('-', ' ') }),
      subject: t('bitbar:subject.testRun', { id: ref.runId }),
      fallbackName: `run-${ref.runId}-${report}.${ext}`,
    },
    target,
  );
}

export function downloadScreenshots(
  api: BitbarApi,
  ref: { projectId: number; runId: number },
  target: DownloadTarget,
) {
  return download(
    api,
    {
      path: `${runPath(ref.projectId, ref.runId)}/screenshots.zip`,
      action: t('bitbar:action.downloadScreenshots'),
      subject: t('bitbar:subject.screenshots', { id: ref.runId }),
      fallbackName: `run-${ref.runId}-screenshots.zip`,
    },
    target,
  );
}
