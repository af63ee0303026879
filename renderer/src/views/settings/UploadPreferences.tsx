import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { Button, Card, LoadingState, TextField } from '../../ui';
import { useSettings } from '../../stores/settings-store';

const MB = 1024 * 1024;

export function UploadPreferences() {
  const settings = useSettings((state) => state.settings);
  const load = useSettings((state) => state.load);
  useEffect(() => void load(), [load]);
  return (
    <Card title="Uploads">
      {settings ? (
        <PreferencesForm key={JSON.stringify(settings.uploads)} uploads={settings.uploads} />
      ) : (
        <LoadingState rows={2} />
      )}
    </Card>
  );
}

/** Keyed by the saved values, so it starts from them and resets when they change. */
function PreferencesForm({ uploads }: { uploads: Settings['uploads'] }) {
  const { saveUploads, saving, error, saved } = useSettings();
  const [limit, setLimit] = useState(String(Math.round(uploads.testioDirectUploadLimit / MB)));
  const [concurrency, setConcurrency] = useState(String(uploads.maxConcurrentTransfers));
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void saveUploads({
          testioDirectUploadLimitMb: Number(limit),
          maxConcurrentTransfers: Number(concurrency),
        });
      }}
    >
      <div className="grid-2">
        <TextField
          label="Test IO: send files larger than this through storage (MB)"
          inputMode="numeric"
          value={limit}
          onChange={(event) => setLimit(event.target.value)}
          error={error?.fields?.testioDirectUploadLimitMb}
        />
        <TextField
          label="Uploads at the same time"
          inputMode="numeric"
          value={concurrency}
          onChange={(event) => setConcurrency(event.target.value)}
          error={error?.fields?.maxConcurrentTransfers}
        />
      </div>
      <div className="row">
        <Button type="submit" variant="primary" busy={saving}>
          Save
        </Button>
        {saved ? (
          <span className="subtle" role="status">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
