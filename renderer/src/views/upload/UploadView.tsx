import { ErrorState, LoadingState, Page } from '../../ui';
import { useUpload } from '../../stores/upload-store';
import { BuildDiffPanel } from './BuildDiffPanel';
import { BuildSummary } from './BuildSummary';
import { DropZone } from './DropZone';
import { ServiceChoices } from './ServiceChoices';
import { TransferList } from './TransferList';
import { WatchedBuilds } from './WatchedBuilds';
import './upload.css';

/** Drop a build, see what it is, choose services and options, watch it go out. */
export function UploadView() {
  const status = useUpload((s) => s.status);
  const fileName = useUpload((s) => s.fileName);
  const problem = useUpload((s) => s.problem);
  const leftOut = useUpload((s) => s.leftOut);

  return (
    <Page
      title="Upload"
      subtitle="Send a build to Installr, Test IO, Bitbar and Product Science at once."
    >
      {leftOut.length > 0 && status !== 'empty' ? (
        <p className="banner banner-info" role="status">
          {leftOutWords(fileName, leftOut)}
        </p>
      ) : null}
      <WatchedBuilds />
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
          <BuildDiffPanel />
          <ServiceChoices />
        </div>
      ) : null}
      <TransferList />
    </Page>
  );
}

/** Several files were dropped: which one was opened, and that the others were not. */
function leftOutWords(opened: string | undefined, leftOut: string[]): string {
  const others =
    leftOut.length === 1 ? leftOut[0] : `${leftOut.slice(0, -1).join(', ')} and ${leftOut.at(-1)}`;
  return `Dropship sends one build at a time, so it opened ${opened ?? 'the first file'} only; ${others} ${leftOut.length === 1 ? 'was' : 'were'} not opened. Drop ${leftOut.length === 1 ? 'it' : 'them'} one by one once this one is on its way.`;
}
