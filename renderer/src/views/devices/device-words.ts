import type { BitbarDevice } from '../../../../shared/contract/bitbar-devices';
import { creditsWord, osWord } from '../../stores/bitbar-group-words';

/** "Android 13 · API 33" or "iOS 17.4". */
export function systemLine(device: BitbarDevice): string {
  const version = `${osWord(device.os)} ${device.osVersion}`.trim();
  return device.os === 'ANDROID' && device.apiLevel
    ? `${version} · API ${device.apiLevel}`
    : version;
}

export const priceLine = (credits: number) => (credits === 0 ? 'Free' : creditsWord(credits));

export const deviceCount = (count: number) =>
  `${count.toLocaleString()} device${count === 1 ? '' : 's'}`;

export { osWord, creditsWord };

/** What a run on a group costs: "free to run" or "4 credits per run". */
export const runPrice = (credits: number) =>
  credits === 0 ? 'free to run' : `${creditsWord(credits)} per run`;
