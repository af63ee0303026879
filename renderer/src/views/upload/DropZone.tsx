import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { useUpload } from '../../stores/upload-store';
import { DROPPABLE_EXTENSIONS } from '../../../../shared/domain/upload-rules';

/** Where a person starts: drop a build anywhere, or pick one. */
export function DropZone() {
  const { t } = useTranslation('upload');
  const input = useRef<HTMLInputElement>(null);
  const dropFile = useUpload((s) => s.dropFile);
  return (
    <section className="card drop-zone" aria-label={t('drop.label')}>
      <span className="drop-zone-icon" aria-hidden>
        ⇪
      </span>
      <strong className="drop-zone-title">{t('drop.title')}</strong>
      <span className="muted">{t('drop.body')}</span>
      <Button variant="primary" onClick={() => input.current?.click()}>
        {t('drop.choose')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="upload-file-input"
        accept={DROPPABLE_EXTENSIONS.join(',')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void dropFile(file);
        }}
      />
    </section>
  );
}
