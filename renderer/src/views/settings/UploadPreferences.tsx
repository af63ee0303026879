import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/settings';
import { Button, Card, LoadingState, TextField } from '../../ui';
import { useSettings } from '../../stores/settings-store';

const MB = 1024 * 1024;

export function UploadPreferences() {
  const { t } = useTranslation('settings');
  const settings = useSettings((state) => state.settings);
  const load = useSettings((state) => state.load);
  useEffect(() => void load(), [load]);
  return (
    <Card title={t('uploads.title')}>
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
  const { t } = useTranslation('settings');
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
          label={t('uploads.testioLimit')}
          inputMode="numeric"
          value={limit}
          onChange={(event) => setLimit(event.target.value)}
          error={error?.fields?.testioDirectUploadLimitMb}
        />
        <TextField
          label={t('uploads.concurrency')}
          inputMode="numeric"
          value={concurrency}
          onChange={(event) => setConcurrency(event.target.value)}
          error={error?.fields?.maxConcurrentTransfers}
        />
      </div>
      <div className="row">
        <Button type="submit" variant="primary" busy={saving}>
          {t('uploads.save')}
        </Button>
        {saved ? (
          <span className="subtle" role="status">
            {t('uploads.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
