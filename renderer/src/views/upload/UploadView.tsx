import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import { ErrorState, LoadingState, Page, formatList } from '../../ui';
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
  const { t } = useTranslation('upload');
  const status = useUpload((s) => s.status);
  const fileName = useUpload((s) => s.fileName);
  const problem = useUpload((s) => s.problem);
  const leftOut = useUpload((s) => s.leftOut);

  return (
    <Page title={t('page.title')} subtitle={t('page.subtitle')}>
      {leftOut.length > 0 && status !== 'empty' ? (
        <p className="banner banner-info" role="status">
          {leftOutWords(fileName, leftOut)}
        </p>
      ) : null}
      <WatchedBuilds />
      {status === 'empty' ? <DropZone /> : null}
      {status === 'reading' ? (
        <section className="card">
          <LoadingState label={t('reading', { file: fileName ?? t('theBuild') })} rows={3} />
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
  return i18n.t('upload:leftOut', {
    count: leftOut.length,
    opened: opened ?? i18n.t('upload:firstFile'),
    others: formatList(leftOut),
  });
}
