import { useRef } from 'react';
import { Button } from '../../ui';
import { useUpload } from '../../stores/upload-store';
import { DROPPABLE_EXTENSIONS } from '../../../../shared/domain/upload-rules';

/** Where a person starts: drop a build anywhere, or pick one. */
export function DropZone() {
  const input = useRef<HTMLInputElement>(null);
  const dropFile = useUpload((s) => s.dropFile);
  return (
    <section className="card drop-zone" aria-label="Choose a build">
      <span className="drop-zone-icon" aria-hidden>
        ⇪
      </span>
      <strong className="drop-zone-title">Drop a build anywhere on this window</strong>
      <span className="muted">
        An .ipa or .apk goes to every service you choose, streamed from disk with live progress.
      </span>
      <Button variant="primary" onClick={() => input.current?.click()}>
        Choose a file…
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
