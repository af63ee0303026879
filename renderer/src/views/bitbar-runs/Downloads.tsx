import {
  useBitbarDownloads,
  type BitbarDownloadRequest,
} from '../../stores/bitbar-downloads-store';
import { Button, errorText, TextField } from '../../ui';
import { useTranslation } from 'react-i18next';

/** Where Bitbar downloads go. Main writes the file; this only names the folder. */
export function DownloadFolderField() {
  const { t } = useTranslation('bitbarRuns');
  const folder = useBitbarDownloads((s) => s.folder);
  const setFolder = useBitbarDownloads((s) => s.setFolder);
  return (
    <TextField
      label={t('downloads.folder')}
      hint={t('downloads.folderHint')}
      value={folder}
      onChange={(event) => setFolder(event.target.value)}
    />
  );
}

/** A download button that says where the file went, or why it could not be saved. */
export function DownloadButton({
  id,
  label,
  request,
  disabled,
}: {
  /** Unique per download, so each button shows its own outcome. */
  id: string;
  label: string;
  request: BitbarDownloadRequest;
  disabled?: boolean;
}) {
  const { t } = useTranslation('bitbarRuns');
  const busy = useBitbarDownloads((s) => s.busy[id]);
  const result = useBitbarDownloads((s) => s.results[id]);
  const download = useBitbarDownloads((s) => s.download);
  return (
    <span className="download">
      <Button
        size="small"
        busy={busy}
        disabled={disabled}
        onClick={() => void download(id, request)}
      >
        {label}
      </Button>
      {result?.saved ? (
        <span className="subtle" role="status">
          {t('downloads.savedTo')} <code>{result.saved.path}</code>
        </span>
      ) : null}
      {result?.error ? (
        <span className="field-error" role="alert">
          {errorText(result.error)}
        </span>
      ) : null}
    </span>
  );
}
