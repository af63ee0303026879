import type { BitbarDevice } from '../../../shared/contract/bitbar-devices';

export type OsFilter = 'ALL' | 'ANDROID' | 'IOS';

/** A device with its lower-case search text computed once, not per keystroke. */
export interface IndexedDevice {
  device: BitbarDevice;
  text: string;
  /** The name alone, in the same form: a hit here ranks above an OS-version hit. */
  name: string;
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
  return {
    device,
    text: words(`${device.name} ${os} ${device.osVersion}${api}`),
    name: `${words(device.name)} `,
  };
}

/**
 * How well a matching device fits the query: per word, a whole word of the name (3)
 * beats the start of a word of the name (2), which beats a hit only in the OS version or
 * API level (1). "iphone 15" puts the iPhone 15 models before an iPhone 7 on iOS 15.7.
 */
function relevance(entry: IndexedDevice, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    if (entry.name.includes(`${term} `)) score += 3;
    else if (entry.name.includes(term)) score += 2;
    else score += 1;
  }
  return score;
}

/**
 * Devices where every word of the query starts a word of the device ("pixel 7" finds
 * Pixel 7 and Pixel 7 Pro, not a Pixel 3 whose model code holds a 7), within the OS
 * filter, best match first (name order among equals). A plain loop over precomputed
 * strings: 5,000 devices filter inside a frame.
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
  const result: { device: BitbarDevice; score: number }[] = [];
  for (const entry of index) {
    if (os !== 'ALL' && entry.device.os !== os) continue;
    let matches = true;
    for (const term of terms) {
      if (!entry.text.includes(term)) {
        matches = false;
        break;
      }
    }
    if (matches) result.push({ device: entry.device, score: relevance(entry, terms) });
  }
  // Array.prototype.sort is stable: equal scores keep the index's name order.
  if (terms.length > 0) result.sort((a, b) => b.score - a.score);
  return result.map((entry) => entry.device);
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
