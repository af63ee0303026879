import { useEffect, useState } from 'react';
import type { BitbarFileKind } from '../../../../shared/contract/bitbar-projects';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { useUploadJobs } from '../../stores/upload-jobs-store';
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  ProgressBar,
  Select,
  TextField,
  formatBytes,
} from '../../ui';
import { DownloadButton, DownloadFolderField } from '../bitbar-runs/Downloads';
import { FILE_KINDS, fileWords } from './project-words';
import { useTranslation } from 'react-i18next';
import { isFinishedJob } from '../../../../shared/domain/job';
import { jobStateLabel } from '../upload/job-words';

/** What the project has (application, tests, data), downloads, and uploading a new file. */
export function FilesPanel({ projectId }: { projectId: number }) {
  const { t } = useTranslation('bitbarProjects');
  const { files, loadFiles } = useBitbarProjectDetail();
  useEffect(() => void loadFiles(projectId), [projectId, loadFiles]);
  return (
    <div className="stack">
      <Card title={t('files.title')}>
        <div className="stack">
          {files.error ? (
            <ErrorState error={files.error} onRetry={() => void loadFiles(projectId)} />
          ) : null}
          {files.loading && !files.data ? <LoadingState label={t('files.loading')} /> : null}
          {files.data && files.data.length === 0 ? (
            <EmptyState icon="⇡" title={t('files.none')}>
              {t('files.noneHint')}
            </EmptyState>
          ) : null}
          {files.data && files.data.length > 0 ? (
            <div className="list" role="list" aria-label={t('files.label')}>
              {files.data.map((file) => (
                <div role="listitem" key={file.kind} className="list-row">
                  <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                    <span className="device-name">{file.name}</span>
                    <span className="subtle">
                      {fileWords(t, file.kind)}
                      {file.size !== null ? ` · ${formatBytes(file.size)}` : ''}
                    </span>
                  </span>
                  <DownloadButton
                    id={`file-${projectId}-${file.kind}`}
                    label={t('files.download')}
                    request={{ what: 'projectFile', projectId, kind: file.kind }}
                  />
                </div>
              ))}
            </div>
          ) : null}
          <DownloadFolderField />
          {files.data && files.data.length > 0 ? (
            <DownloadButton
              id={`file-${projectId}-all`}
              label={t('files.downloadAll')}
              request={{ what: 'projectFile', projectId, kind: 'all' }}
            />
          ) : null}
        </div>
      </Card>
      <UploadCard projectId={projectId} />
    </div>
  );
}

function UploadCard({ projectId }: { projectId: number }) {
  const { t } = useTranslation('bitbarProjects');
  const { uploadFile, uploadJobId, busy, errors, loadFiles } = useBitbarProjectDetail();
  const projectName = useBitbarProjects(
    (s) => s.project(projectId)?.name ?? t('projectId', { id: projectId }),
  );
  const job = useUploadJobs((s) => (uploadJobId ? s.jobs[uploadJobId] : undefined));
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<BitbarFileKind>('application');
  const done = job?.state === 'done';
  useEffect(() => {
    if (done) void loadFiles(projectId);
  }, [done, projectId, loadFiles]);
  return (
    <Card title={t('files.upload')}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void uploadFile(path, kind, projectName);
        }}
      >
        <div className="grid-2">
          <TextField
            label={t('files.path')}
            placeholder={t('files.pathPlaceholder')}
            value={path}
            onChange={(e) => setPath(e.target.value)}
            error={errors.upload?.fields?.path}
          />
          <Select
            label={t('files.kind')}
            value={kind}
            onChange={setKind}
            options={FILE_KINDS.map((k) => ({ value: k, label: fileWords(t, k) }))}
          />
        </div>
        {errors.upload && !errors.upload.fields ? <ErrorState error={errors.upload} /> : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy.upload} disabled={!path.trim()}>
            {t('files.uploadButton')}
          </Button>
          <span className="subtle">{t('files.uploadHint')}</span>
        </div>
        {job ? (
          <div className="stack" style={{ gap: 4 }} aria-live="polite">
            <span className="muted">
              {job.fileName}:{' '}
              {isFinishedJob(job)
                ? jobStateLabel(job).label
                : (job.note ?? jobStateLabel(job).label)}
            </span>
            <ProgressBar
              fraction={job.progress.fraction}
              label={t('files.uploadingFile', { file: job.fileName })}
              tone={job.state === 'failed' ? 'bad' : job.state === 'done' ? 'good' : undefined}
            />
            {job.error ? <ErrorState error={job.error} /> : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}
