import { memo, type ReactNode } from 'react';
import type { BitbarDevice } from '../../../../shared/contract/bitbar-devices';
import { Badge } from '../../ui';
import { priceLine, systemLine } from './device-words';
import { useTranslation } from 'react-i18next';

/** One device: picture, name, system, price; a checkbox when picking for a group. */
export const DeviceRow = memo(function DeviceRow({
  device,
  picking,
  picked,
  inGroup,
  onToggle,
  action,
}: {
  device: BitbarDevice;
  picking?: boolean;
  picked?: boolean;
  inGroup?: boolean;
  onToggle?: (id: number) => void;
  action?: ReactNode;
}) {
  const { t } = useTranslation('devices');
  const body = (
    <>
      {device.imageUrl ? (
        <img className="device-image" src={device.imageUrl} alt="" loading="lazy" height={40} />
      ) : (
        <span className="device-image device-image-missing" aria-hidden>
          ▯
        </span>
      )}
      <span className="device-text">
        <span className="device-name">{device.name}</span>
        <span className="subtle">{systemLine(device)}</span>
      </span>
      {inGroup ? <Badge tone="info">{t('row.inGroup')}</Badge> : null}
      <span className="device-price">{priceLine(t, device.credits)}</span>
    </>
  );
  if (!picking) {
    return (
      <div className="device-row">
        {body}
        {action}
      </div>
    );
  }
  return (
    <label className="device-row device-row-pick">
      <input
        type="checkbox"
        checked={Boolean(picked || inGroup)}
        disabled={inGroup}
        onChange={() => onToggle?.(device.id)}
        aria-label={`${device.name}, ${systemLine(device)}`}
      />
      {body}
    </label>
  );
});
