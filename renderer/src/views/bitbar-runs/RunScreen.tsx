import { useEffect, useState } from 'react';
import type { BitbarRunDetail } from '../../../../shared/contract/bitbar-runs';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import {
  Badge,
  Button,
  Card,
  ErrorState,
  errorText,
  formatDate,
  LoadingState,
  ProgressBar,
  Select,
} from '../../ui';
import { systemLine } from '../devices/device-words';
import { DeviceRunPanel } from './DeviceRunPanel';
import { DownloadButton, DownloadFolderField } from './Downloads';
import { deviceStatus, percent, runOutcome } from './run-words';
import { RunTags } from './RunTags';
import { useTranslation } from 'react-i18next';

/** A test run: progress, results per device, tags, reports and screenshots. */
export function RunScreen({
  projectId,
  runId,
  from,
}: {
  projectId: number;
  runId: number;
  from: 'project' | 'allRuns';
}) {
  const { t } = useTranslation('bitbarRuns');
  const { detail, openRun, closeRun } = useBitbarRuns();
  const open = useBitbarProjects((s) => s.open);
  const projectName = useBitbarProjects((s) => s.project(projectId)?.name);
  useEffect(() => {
    openRun(projectId, runId);
    return closeRun;
  }, [projectId, runId, openRun, closeRun]);

  const back = () =>
    open(from === 'allRuns' ? { kind: 'allRuns' } : { kind: 'project', projectId, tab: 'runs' });
  return (
    <div className="stack">
      <div>
        <Button variant="ghost" size="small" onClick={back}>
          ← {from === 'allRuns' ? t('allRuns') : (projectName ?? t('run.project'))}
        </Button>
      </div>
      {detail.error ? (
        <ErrorState error={detail.error} onRetry={() => openRun(projectId, runId)} />
      ) : null}
      {!detail.data && detail.loading ? <LoadingState label={t('run.loading')} /> : null}
      {detail.data ? <RunDetail detail={detail.data} projectId={projectId} /> : null}
    </div>
  );
}

function RunDetail({ detail, projectId }: { detail: BitbarRunDetail; projectId: number }) {
  const { t } = useTranslation('bitbarRuns');
  const { run, deviceRuns } = detail;
  const { deviceRun, selectDeviceRun, requestScreenshots, busy, errors } = useBitbarRuns();
  const [format, setFormat] = useState<'PDF' | 'HTML' | 'CSV'>('PDF');
  const outcome = runOutcome(
    t,
    run.state,
    deviceRuns.map((d) => d.status),
  );
  const state = outcome.badge;
  const done = deviceRuns.filter((d) => !['WAITING', 'RUNNING'].includes(d.status)).length;
  const ref = { projectId, runId: run.id };
  return (
    <>
      <Card
        title={
          <div className="stack" style={{ gap: 2 }}>
            <h2>{t('run.title', { number: run.number, name: run.name })}</h2>
            <span className="muted">
              {t('run.startedBy', { who: run.startedBy || t('run.someone') })} ·{' '}
              {formatDate(run.createdAt)}
            </span>
          </div>
        }
        actions={<Badge tone={state.tone}>{state.label}</Badge>}
      >
        <div className="stack">
          <div className="run-ratios">
            <div className="stack" style={{ gap: 4 }}>
              <span className="muted">
                {t('run.devicesDone', {
                  done,
                  count: deviceRuns.length,
                  percent: percent(run.executionRatio),
                })}
              </span>
              <ProgressBar fraction={run.executionRatio ?? 0} label={t('run.devicesDoneBar')} />
            </div>
            <div className="stack" style={{ gap: 4 }}>
              <span className="muted">{outcome.summary}</span>
              <ProgressBar
                fraction={outcome.fraction ?? 0}
                label={t('run.passedBar')}
                tone={outcome.barTone}
              />
            </div>
          </div>
          <RunTags tags={detail.tags} />
        </div>
      </Card>
      <div className="run-layout">
        <Card title={t('run.devices')}>
          <div className="list" role="list" aria-label={t('run.deviceRuns')}>
            {deviceRuns.map((d) => {
              const status = deviceStatus(t, d.status);
              return (
                <div role="listitem" key={d.id} className="list-item">
                  <button
                    type="button"
                    className="list-row"
                    aria-pressed={deviceRun.id === d.id}
                    onClick={() => selectDeviceRun(deviceRun.id === d.id ? undefined : d.id)}
                  >
                    <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                      <span className="device-name">{d.device.name}</span>
                      <span className="subtle">
                        {systemLine(d.device)}
                        {d.testCount > 0
                          ? ` · ${t('run.testsPassed', { passed: d.testsPassed, count: d.testCount })}`
                          : ''}
                      </span>
                    </span>
                    <Badge tone={status.tone}>{status.label}</Badge>
                  </button>
                </div>
              );
            })}
          </div>
        </Card>
        <DeviceRunPanel projectId={projectId} runId={run.id} />
      </div>
      <Card title={t('reports.title')}>
        <div className="stack">
          <DownloadFolderField />
          <div className="row report-row">
            <Select
              label={t('reports.format')}
              value={format}
              onChange={setFormat}
              options={[
                { value: 'PDF', label: 'PDF' },
                { value: 'HTML', label: t('reports.htmlZipped') },
                { value: 'CSV', label: 'CSV' },
              ]}
            />
            <DownloadButton
              id={`summary-${run.id}`}
              label={t('reports.summary')}
              request={{ what: 'report', ...ref, report: 'summary', format }}
            />
            <DownloadButton
              id={`failures-${run.id}`}
              label={t('reports.failures')}
              request={{ what: 'report', ...ref, report: 'failures', format }}
            />
            <DownloadButton
              id={`detail-${run.id}`}
              label={t('reports.detail')}
              request={{ what: 'report', ...ref, report: 'detail-failures', format }}
            />
          </div>
          <div className="row">
            {run.screenshotsZip === 'READY' ? (
              <DownloadButton
                id={`shots-${run.id}`}
                label={t('reports.screenshots')}
                request={{ what: 'screenshots', ...ref }}
              />
            ) : (
              <Button
                size="small"
                busy={busy.screenshots || run.screenshotsZip === 'PROGRESS'}
                onClick={() => void requestScreenshots()}
              >
                {run.screenshotsZip === 'PROGRESS' ? t('reports.packing') : t('reports.prepare')}
              </Button>
            )}
            {errors.screenshots ? (
              <span className="field-error">{errorText(errors.screenshots)}</span>
            ) : null}
          </div>
        </div>
      </Card>
    </>
  );
}
