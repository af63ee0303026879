import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui';
import { useSettings } from '../../stores/settings-store';
import { useUpload } from '../../stores/upload-store';

/** Test IO needs no options; say which route the file will take and why. */
export function TestioOptions() {
  const { t } = useTranslation('upload');
  const size = useUpload((s) => s.file?.size ?? 0);
  const settings = useSettings((s) => s.settings);
  const load = useSettings((s) => s.load);
  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  const limit = settings?.uploads.testioDirectUploadLimit;
  if (limit === undefined) return null;
  // The setting is entered in MB of 1,048,576 bytes; say it the way it was entered.
  const limitText = `${formatNumber(Math.round(limit / 1048576))} MB`;
  return (
    <p className="subtle">
      {size <= limit
        ? t('testio.straight', { limit: limitText })
        : t('testio.storage', { limit: limitText })}{' '}
      {t('testio.thenPick')}
    </p>
  );
}
