import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../stores/navigation-store';
import { useUpload } from '../../stores/upload-store';

const hasFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * The whole window takes a dropped build: a veil shows while a file is dragged over it,
 * and a drop opens the Upload view with the file. Always mounted (an app overlay).
 */
export function WindowDropTarget() {
  const { t } = useTranslation('upload');
  const [over, setOver] = useState(false);
  const dropFiles = useUpload((s) => s.dropFiles);
  const go = useNavigation((s) => s.go);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setOver(true);
    };
    const overWindow = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      go('upload');
      void dropFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [dropFiles, go]);

  if (!over) return null;
  return (
    <div className="drop-veil" aria-hidden>
      <div className="drop-veil-card">
        <span className="drop-veil-icon">⇪</span>
        <strong>{t('drop.veilTitle')}</strong>
        <span className="muted">{t('drop.veilBody')}</span>
      </div>
    </div>
  );
}
