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
import { FILE_WORDS } from './project-words';
import { isFinishedJob } from '../../../../shared/domain/job';
import { jobStateWords } from '../../../../shared/domain/job-words';

/** What the project has (application, tests, data), downloads, and uploading a new file. */
export function FilesPanel({ projectId }: { projectId: number }) {
  const { files, loadFiles } = useBitbarProjectDetail();
  useEffect(() => void loadFiles(projectId), [projectId, loadFiles]);
  return (
    <div className="stack">
      <Card title="Files on Bitbar">
        <div className="stack">
          {files.error ? (
            <ErrorState error={files.error} onRetry={() => void loadFiles(projectId)} />
          ) : null}
          {files.loading && !files.data ? (
            <LoadingState label="Looking up the project's files…" />
          ) : null}
          {files.data && files.data.length === 0 ? (
            <EmptyState icon="⇡" title="No files yet">
              Upload the application (and tests) to run this project.
            </EmptyState>
          ) : null}
          {files.data && files.data.length > 0 ? (
            <div className="list" role="list" aria-label="Project files">
              {files.data.map((file) => (
                <div role="listitem" key={file.kind} className="list-row">
                  <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                    <span className="device-name">{file.name}</span>
                    <span className="subtle">
                      {FILE_WORDS[file.kind]}
                      {file.size !== null ? ` · ${formatBytes(file.size)}` : ''}
                    </span>
                  </span>
                  <DownloadButton
                    id={`file-${projectId}-${file.kind}`}
                    label="Download"
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
              label="Download all (ZIP)"
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
  const { uploadFile, uploadJobId, busy, errors, loadFiles } = useBitbarProjectDetail();
  const projectName = useBitbarProjects(
    (s) => s.project(projectId)?.name ?? `Project ${projectId}`,
  );
  const job = useUploadJobs((s) => (uploadJobId ? s.jobs[uploadJobId] : undefined));
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<BitbarFileKind>('application');
  const done = job?.state === 'done';
  useEffect(() => {
    if (done) void loadFiles(projectId);
  }, [done, projectId, loadFiles]);
  return (
    <Card title="Upload a file">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void uploadFile(path, kind, projectName);
        }}
      >
        <div className="grid-2">
          <TextField
            label="File on this computer"
            placeholder="/path/to/app.apk"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            error={errors.upload?.fields?.path}
          />
          <Select
            label="Upload as"
            value={kind}
            onChange={setKind}
            options={(Object.keys(FILE_WORDS) as BitbarFileKind[]).map((k) => ({
              value: k,
              label: FILE_WORDS[k],
            }))}
          />
        </div>
        {errors.upload && !errors.upload.fields ? <ErrorState error={errors.upload} /> : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy.upload} disabled={!path.trim()}>
            Upload file
          </Button>
          <span className="subtle">
            A file of the same kind replaces the current one. Uploads also follow in the Upload
            view.
          </span>
        </div>
        {job ? (
          <div className="stack" style={{ gap: 4 }} aria-live="polite">
            <span className="muted">
              {job.fileName}:{' '}
              {isFinishedJob(job)
                ? jobStateWords(job).label
                : (job.note ?? jobStateWords(job).label)}
            </span>
            <ProgressBar
              fraction={job.progress.fraction}
              label={`Uploading ${job.fileName}`}
              tone={job.state === 'failed' ? 'bad' : job.state === 'done' ? 'good' : undefined}
            />
            {job.error ? <ErrorState error={job.error} /> : null}
          </div>
        ) : null}
      </form>
    </Card>
  );
}
