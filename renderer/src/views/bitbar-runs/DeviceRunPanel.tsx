import type { BitbarDeviceRunDetail } from '../../../../shared/contract/bitbar-runs';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import { Badge, Card, ErrorState, LoadingState } from '../../ui';
import { systemLine } from '../devices/device-words';
import { DownloadButton } from './Downloads';
import { PerformanceChart } from './PerformanceChart';
import { DEVICE_STATUS, duration, STEP_STATUS, stepWords } from './run-words';

/** One device's run: what happened when, its screenshots, results and CPU/memory. */
export function DeviceRunPanel({ projectId, runId }: { projectId: number; runId: number }) {
  const deviceRun = useBitbarRuns((s) => s.deviceRun);
  if (deviceRun.id === undefined) return null;
  if (deviceRun.error) return <ErrorState error={deviceRun.error} />;
  if (!deviceRun.data) return <LoadingState label="Loading the device run…" />;
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
  const { deviceRun, steps, screenshots, performance } = detail;
  const status = DEVICE_STATUS[deviceRun.status];
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
            ? `${deviceRun.testsPassed} of ${deviceRun.testCount} tests passed${deviceRun.testsRun < deviceRun.testCount ? ` (${deviceRun.testsRun} run so far)` : ''}.`
            : 'No tests have run on this device yet.'}
        </p>
        <section aria-label="What happened">
          <h3>What happened</h3>
          <ol className="timeline">
            {steps.map((step) => {
              const word = STEP_STATUS[step.status] ?? {
                label: step.status,
                tone: 'neutral' as const,
              };
              return (
                <li key={step.id} className="timeline-step">
                  <span className="timeline-dot" data-tone={word.tone} aria-hidden />
                  <span className="stack" style={{ gap: 0, flex: 1 }}>
                    <span>{stepWords(step.type)}</span>
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
        <section aria-label="Performance">
          <h3>CPU and memory</h3>
          <PerformanceChart samples={performance} />
        </section>
        <section aria-label="Screenshots">
          <h3>Screenshots ({screenshots.length})</h3>
          {screenshots.length === 0 ? (
            <p className="subtle">No screenshots yet.</p>
          ) : (
            <ul className="plain-list">
              {screenshots.map((shot) => (
                <li key={shot.id} className="row">
                  <span className="mono shot-name">{shot.name}</span>
                  <span className="subtle">
                    {shot.orientation === 'LANDSCAPE' ? 'landscape' : 'portrait'}
                  </span>
                  {shot.failed ? <Badge tone="bad">Shows the failure</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="row">
          <DownloadButton
            id={`junit-${deviceRun.id}`}
            label="Download JUnit results"
            disabled={!finished || deviceRun.status === 'EXCLUDED'}
            request={{ what: 'deviceRunFile', ...ref, file: 'junit' }}
          />
          <DownloadButton
            id={`logs-${deviceRun.id}`}
            label="Download logs"
            disabled={deviceRun.startedAt === null}
            request={{ what: 'deviceRunFile', ...ref, file: 'logs' }}
          />
        </div>
      </div>
    </Card>
  );
}
