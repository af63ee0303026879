import { useEffect, useRef } from 'react';
import { Button, TextField } from '../../ui';
import { useBoard } from '../../stores/board-store';

/** Saves the board as one web page anyone can open, offline, without Dropship. */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
        <h2 id="board-export-title">Export as a web page</h2>
        <p className="muted">
          One file with everything on the board, install QR codes included. It opens in any browser,
          works offline and contains no tokens.
        </p>
        <TextField
          label="Save to"
          value={path}
          spellCheck={false}
          onChange={(event) => setPath(event.target.value)}
          error={error?.fields?.path ?? error?.message}
        />
        <div className="row">
          <Button size="small" onClick={() => void choosePath()}>
            Choose…
          </Button>
        </div>
        {result ? (
          <p className="banner banner-good" role="status">
            Saved {result.cards === 1 ? 'one app' : `${result.cards} apps`} to {result.path}
          </p>
        ) : null}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{result ? 'Done' : 'Cancel'}</Button>
          <Button type="submit" variant="primary" busy={exporting} disabled={!path.trim()}>
            Save the page
          </Button>
        </div>
      </form>
    </dialog>
  );
}
