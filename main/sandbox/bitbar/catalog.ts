import {
  ANDROID_MODELS,
  ANDROID_RELEASES,
  IOS_MINORS,
  IOS_MODELS,
  type DeviceModel,
} from './catalog-models';
import { between, pick, seededRandom } from '../framework/random';

export type OsType = 'ANDROID' | 'IOS';

/** A device as the emulator keeps it; frame URLs are built per request from its host. */
export interface CatalogDevice {
  id: number;
  displayName: string;
  softwareVersion: { id: number; releaseVersion: string; apiLevel: number };
  creditsPrice: number;
  imagePrefix: string;
  imageTop: number;
  imageLeft: number;
  imageWidth: number;
  imageHeight: number;
  frameExtraWidth: number | null;
  osType: OsType;
  model: DeviceModel;
}

export const DEFAULT_DEVICE_COUNT = 2000;
const FIRST_DEVICE_ID = 1001;

/**
 * The device catalog: `count` devices (2,000 by default, 5,000 for the smoothness bench),
 * about a quarter iOS, always the same for the same seed.
 */
export function generateCatalog(count = DEFAULT_DEVICE_COUNT, seed = 20131031): CatalogDevice[] {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const versions = softwareVersions();
  const devices: CatalogDevice[] = [];
  while (devices.length < count) {
    const ios = random() < 0.25;
    const model = pick(random, ios ? IOS_MODELS : ANDROID_MODELS);
    const os = between(random, model.minOs, model.maxOs);
    const release = ios
      ? pick(random, IOS_MINORS[os] ?? [`${os}.0`])
      : (ANDROID_RELEASES[os] ?? String(os));
    const code = modelCode(random, model);
    const displayName = `${model.brand} ${model.model} ${code}`;
    const key = `${displayName}|${release}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const versionKey = `${ios ? 'IOS' : 'ANDROID'}:${release}`;
    devices.push({
      id: FIRST_DEVICE_ID + devices.length,
      displayName,
      softwareVersion: { id: versions.idFor(versionKey), releaseVersion: release, apiLevel: os },
      creditsPrice: price(random, model.tier),
      imagePrefix: `${model.brand}-${model.model}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, ''),
      ...frameGeometry(model),
      osType: ios ? 'IOS' : 'ANDROID',
      model,
    });
  }
  return devices;
}

function modelCode(random: () => number, model: DeviceModel): string {
  if (model.brand === 'Apple') return `A${between(random, 1600, 3099)}`;
  const variant = pick(random, ['', 'B', 'U', 'F', 'N', 'W', 'DS', '0', '1']);
  const digits = String(between(random, 0, 99)).padStart(2, '0');
  return `${model.codePrefix}${digits}${variant}`;
}

function price(random: () => number, tier: DeviceModel['tier']): number {
  if (tier === 0) return random() < 0.8 ? 0 : 1;
  if (tier === 1) return 1;
  if (tier === 2) return between(random, 2, 3);
  return between(random, 4, 5);
}

/** Where the screen sits inside a 250px-wide frame (the doc's imageTop/Left/Width/Height). */
function frameGeometry(model: DeviceModel) {
  return model.tablet
    ? { imageTop: 24, imageLeft: 18, imageWidth: 214, imageHeight: 300, frameExtraWidth: 30 }
    : { imageTop: 40, imageLeft: 32, imageWidth: 185, imageHeight: 340, frameExtraWidth: null };
}

function softwareVersions() {
  const ids = new Map<string, number>();
  return {
    idFor(key: string): number {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size + 1;
        ids.set(key, id);
      }
      return id;
    },
  };
}

/** The device Object of the doc, with frame URLs on the emulator's own address. */
export function presentDevice(device: CatalogDevice, origin: string) {
  const frame = (height: number) =>
    `${origin}/resources/images/devices/${device.imagePrefix}-h${height}.png`;
  return {
    id: device.id,
    displayName: device.displayName,
    softwareVersion: device.softwareVersion,
    creditsPrice: device.creditsPrice,
    imagePrefix: device.imagePrefix,
    imageTop: device.imageTop,
    imageLeft: device.imageLeft,
    imageWidth: device.imageWidth,
    imageHeight: device.imageHeight,
    frameExtraWidth: device.frameExtraWidth,
    osType: device.osType,
    frame80Url: frame(80),
    frame100Url: frame(100),
    frame160Url: frame(160),
    frame400Url: frame(400),
  };
}
