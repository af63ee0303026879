import type { BitbarDevice } from '../../../../shared/contract/bitbar-devices';
import type { Translate } from '../../lib/translate';
import { osWord } from '../../stores/bitbar-group-words';

export { osWord };

/** "Android 13 · API 33" or "iOS 17.4". */
export function systemLine(device: BitbarDevice): string {
  const version = `${osWord(device.os)} ${device.osVersion}`.trim();
  return device.os === 'ANDROID' && device.apiLevel
    ? `${version} · API ${device.apiLevel}`
    : version;
}

/** "free" or "4 credits". */
export const creditsWord = (t: Translate, credits: number) =>
  credits === 0 ? t('devices:free') : t('devices:credits', { count: credits });

export const priceLine = (t: Translate, credits: number) =>
  credits === 0 ? t('devices:freePrice') : creditsWord(t, credits);

export const deviceCount = (t: Translate, count: number) => t('devices:deviceCount', { count });

/** What a run on a group costs: "free to run" or "4 credits per run". */
export const runPrice = (t: Translate, credits: number) =>
  credits === 0 ? t('devices:runFree') : t('devices:runPrice', { count: credits });
