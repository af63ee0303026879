import { useEffect } from 'react';
import { useSettings } from '../../stores/settings-store';
import { useUpload } from '../../stores/upload-store';

/** Test IO needs no options; say which route the file will take and why. */
export function TestioOptions() {
  const size = useUpload((s) => s.file?.size ?? 0);
  const settings = useSettings((s) => s.settings);
  const load = useSettings((s) => s.load);
  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  const limit = settings?.uploads.testioDirectUploadLimit;
  if (limit === undefined) return null;
  // The setting is entered in MB of 1,048,576 bytes; say it the way it was entered.
  const limitText = `${Math.round(limit / 1048576)} MB`;
  return (
    <p className="subtle">
      {size <= limit
        ? `Sent straight to Test IO (files up to ${limitText} are).`
        : `Larger than ${limitText}: sent to Test IO’s storage, then registered with its bundle id and version.`}{' '}
      You can then pick it when you describe a test environment.
    </p>
  );
}
