import type { BitbarDeviceRunDetail } from '../../../../shared/contract/bitbar-runs';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import { Badge, Card, ErrorState, LoadingState } from '../../ui';
import { systemLine } from '../devices/device-words';
import { DownloadButton } from './Downloads';
import { PerformanceChart } from './PerformanceChart';
import { deviceStatus, duration, stepStatus, stepWords } from './run-words';
import { useTranslation } from 'react-i18next';

/** One device's run: what happened when, its screenshots, results and CPU/memory. */
export function DeviceRunPanel({ projectId, runId }: { projectId: number; runId: number }) {
  const { t } = useTranslation('bitbarRuns');
  const deviceRun = useBitbarRuns((s) => s.deviceRun);
  if (deviceRun.id === undefined) return null;
  if (deviceRun.error) return <ErrorState error={deviceRun.error} />;
  if (!deviceRun.data) return <LoadingState label={t('device.loading')} />;
  return <DeviceRunDetail detail={deviceRun.data} projectId={projectId} runId={runId} />;
}

function DeviceRunDetail({
  detail,
  projectId,
  runId,
}: {
  detail: BitbarDeviceRunDetail;
  projectId: number;
  runId: number;
}) {
  const { t } = useTranslation('bitbarRuns');
  const { deviceRun, steps, screenshots, performance } = detail;
  const status = deviceStatus(t, deviceRun.status);
  const finished = !['WAITING', 'RUNNING'].includes(deviceRun.status);
  const ref = { projectId, runId, deviceRunId: deviceRun.id };
  return (
    <Card
      title={
        <div className="stack" style={{ gap: 2 }}>
          <h2>{deviceRun.device.name}</h2>
          <span className="muted">{systemLine(deviceRun.device)}</span>
        </div>
      }
      actions={<Badge tone={status.tone}>{status.label}</Badge>}
    >
      <div className="stack">
        <p>
          {deviceRun.testCount > 0
            ? deviceRun.testsRun < deviceRun.testCount
              ? t('device.testsPassedSoFar', {
                  passed: deviceRun.testsPassed,
                  count: deviceRun.testCount,
                  run: deviceRun.testsRun,
                })
              : t('device.testsPassed', {
                  passed: deviceRun.testsPassed,
                  count: deviceRun.testCount,
                })
            : t('device.noTests')}
        </p>
        <section aria-label={t('device.whatHappened')}>
          <h3>{t('device.whatHappened')}</h3>
          <ol className="timeline">
            {steps.map((step) => {
              const word = stepStatus(t, step.status);
              return (
                <li key={step.id} className="timeline-step">
                  <span className="timeline-dot" data-tone={word.tone} aria-hidden />
                  <span className="stack" style={{ gap: 0, flex: 1 }}>
                    <span>{stepWords(t, step.type)}</span>
                    {step.failReason ? (
                      <span className="field-error">{step.failReason}</span>
                    ) : null}
                  </span>
                  <span className="subtle">
                    {step.finishedAt ? duration(step.startedAt, step.finishedAt) : ''}
                  </span>
                  <Badge tone={word.tone}>{word.label}</Badge>
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-label={t('device.performance')}>
          <h3>{t('device.cpuAndMemory')}</h3>
          <PerformanceChart samples={performance} />
        </section>
        <section aria-label={t('device.screenshots')}>
          <h3>{t('device.screenshotsCount', { count: screenshots.length })}</h3>
          {screenshots.length === 0 ? (
            <p className="subtle">{t('device.noScreenshots')}</p>
          ) : (
            <ul className="plain-list">
              {screenshots.map((shot) => (
                <li key={shot.id} className="row">
                  <span className="mono shot-name">{shot.name}</span>
                  <span className="subtle">
                    {shot.orientation === 'LANDSCAPE'
                      ? t('device.landscape')
                      : t('device.portrait')}
                  </span>
                  {shot.failed ? <Badge tone="bad">{t('device.showsFailure')}</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="row">
          <DownloadButton
            id={`junit-${deviceRun.id}`}
            label={t('device.downloadJunit')}
            disabled={!finished || deviceRun.status === 'EXCLUDED'}
            request={{ what: 'deviceRunFile', ...ref, file: 'junit' }}
          />
          <DownloadButton
            id={`logs-${deviceRun.id}`}
            label={t('device.downloadLogs')}
            disabled={deviceRun.startedAt === null}
            request={{ what: 'deviceRunFile', ...ref, file: 'logs' }}
          />
        </div>
      </div>
    </Card>
  );
}
