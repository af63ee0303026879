import { useEffect, useState } from 'react';
import { Button, Card, TextField } from '../../ui';
import { useSettings } from '../../stores/settings-store';

const MB = 1024 * 1024;

export function UploadPreferences() {
  const { settings, load, saveUploads, saving, error, saved } = useSettings();
  const [limit, setLimit] = useState('');
  const [concurrency, setConcurrency] = useState('');
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (!settings) return;
    setLimit(String(Math.round(settings.uploads.testioDirectUploadLimit / MB)));
    setConcurrency(String(settings.uploads.maxConcurrentTransfers));
  }, [settings]);

  return (
    <Card title="Uploads">
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
    </Card>
  );
}
