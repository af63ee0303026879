import type { BitbarDevice } from '../../../shared/contract/bitbar-devices';

export type OsFilter = 'ALL' | 'ANDROID' | 'IOS';

/** A device with its lower-case search text computed once, not per keystroke. */
export interface IndexedDevice {
  device: BitbarDevice;
  text: string;
}

/** Lower case, punctuation as spaces (dots stay: "17.4"), with a leading space. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim()}`;

export function indexDevice(device: BitbarDevice): IndexedDevice {
  const os = device.os === 'IOS' ? 'ios' : 'android';
  const api = device.os === 'ANDROID' && device.apiLevel ? ` api ${device.apiLevel}` : '';
  return { device, text: words(`${device.name} ${os} ${device.osVersion}${api}`) };
}

/**
 * Devices where every word of the query starts a word of the device ("pixel 7" finds
 * Pixel 7 and Pixel 7 Pro, not a Pixel 3 whose model code holds a 7), within the OS
 * filter. A plain loop over precomputed strings: 5,000 devices filter inside a frame.
 */
export function filterDevices(
  index: readonly IndexedDevice[],
  query: string,
  os: OsFilter,
): BitbarDevice[] {
  const terms = words(query)
    .split(' ')
    .filter(Boolean)
    .map((term) => ` ${term}`);
  const result: BitbarDevice[] = [];
  for (const entry of index) {
    if (os !== 'ALL' && entry.device.os !== os) continue;
    let matches = true;
    for (const term of terms) {
      if (!entry.text.includes(term)) {
        matches = false;
        break;
      }
    }
    if (matches) result.push(entry.device);
  }
  return result;
}

/** Adds devices not seen yet, keeping the list in name order. */
export function mergeDevices(
  index: IndexedDevice[],
  known: Set<number>,
  incoming: BitbarDevice[],
): IndexedDevice[] {
  const fresh = incoming.filter((device) => !known.has(device.id));
  if (fresh.length === 0) return index;
  for (const device of fresh) known.add(device.id);
  return [...index, ...fresh.map(indexDevice)].sort((a, b) =>
    a.device.name.localeCompare(b.device.name, undefined, { numeric: true }),
  );
}
