import { useEffect, useRef } from 'react';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { Button } from '../../ui';
import { useTranslation } from 'react-i18next';

/** What the last change did: added, refused with reasons, rolled back. */
export function GroupNotice() {
  const { t } = useTranslation('devices');
  const notice = useBitbarGroups((s) => s.notice);
  const dismiss = useBitbarGroups((s) => s.dismissNotice);
  const ref = useRef<HTMLDivElement>(null);
  // A new outcome is shown where the person is looking, not above the visible area.
  useEffect(() => {
    if (notice) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  if (!notice) return null;
  return (
    <div
      ref={ref}
      className={`banner banner-${notice.tone}`}
      role={notice.tone === 'bad' ? 'alert' : 'status'}
    >
      <div className="stack" style={{ gap: 4, flex: 1 }}>
        {notice.lines.map((line, i) =>
          i === 0 ? <strong key={i}>{line}</strong> : <span key={i}>{line}</span>,
        )}
      </div>
      <Button size="small" variant="ghost" onClick={dismiss} aria-label={t('notice.dismiss')}>
        ✕
      </Button>
    </div>
  );
}
