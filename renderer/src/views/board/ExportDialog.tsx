import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField, errorText } from '../../ui';
import { useBoard } from '../../stores/board-store';

/** Saves the board as one web page anyone can open, offline, without Dropship. */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('board');
  const ref = useRef<HTMLDialogElement>(null);
  const path = useBoard((s) => s.exportPath);
  const setPath = useBoard((s) => s.setExportPath);
  const choosePath = useBoard((s) => s.chooseExportPath);
  const prepare = useBoard((s) => s.prepareExport);
  const exportHtml = useBoard((s) => s.exportHtml);
  const exporting = useBoard((s) => s.exporting);
  const result = useBoard((s) => s.exportResult);
  const error = useBoard((s) => s.exportError);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      void prepare();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, prepare]);

  return (
    <dialog
      ref={ref}
      className="dialog board-dialog"
      aria-labelledby="board-export-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void exportHtml();
        }}
      >
        <h2 id="board-export-title">{t('export.title')}</h2>
        <p className="muted">{t('export.body')}</p>
        <TextField
          label={t('export.saveTo')}
          value={path}
          spellCheck={false}
          onChange={(event) => setPath(event.target.value)}
          error={error?.fields?.path ?? (error ? errorText(error) : undefined)}
        />
        <div className="row">
          <Button size="small" onClick={() => void choosePath()}>
            {t('export.choose')}
          </Button>
        </div>
        {result ? (
          <p className="banner banner-good" role="status">
            {t('export.saved', { count: result.cards, path: result.path })}
          </p>
        ) : null}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{result ? t('export.done') : t('common:cancel')}</Button>
          <Button type="submit" variant="primary" busy={exporting} disabled={!path.trim()}>
            {t('export.save')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
