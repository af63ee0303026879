import { useEffect } from 'react';
import { ErrorState, LoadingState, Page } from '../../ui';
import { useUpload } from '../../stores/upload-store';
import { useUploadJobs } from '../../stores/upload-jobs-store';
import { BuildSummary } from './BuildSummary';
import { DropZone } from './DropZone';
import { ServiceChoices } from './ServiceChoices';
import { TransferList } from './TransferList';
import './upload.css';

/** Drop a build, see what it is, choose services and options, watch it go out. */
export function UploadView() {
  const status = useUpload((s) => s.status);
  const fileName = useUpload((s) => s.fileName);
  const problem = useUpload((s) => s.problem);
  const startJobs = useUploadJobs((s) => s.start);
  useEffect(() => startJobs(), [startJobs]);

  return (
    <Page
      title="Upload"
      subtitle="Send a build to Installr, Test IO, Bitbar and Product Science at once."
    >
      {status === 'empty' ? <DropZone /> : null}
      {status === 'reading' ? (
        <section className="card">
          <LoadingState label={`Reading ${fileName ?? 'the build'}…`} rows={3} />
        </section>
      ) : null}
      {(status === 'refused' || status === 'error') && problem ? (
        <div className="stack">
          <ErrorState error={problem} />
          <DropZone />
        </div>
      ) : null}
      {status === 'ready' ? (
        <div className="stack upload-ready">
          <BuildSummary />
          <ServiceChoices />
        </div>
      ) : null}
      <TransferList />
    </Page>
  );
}
