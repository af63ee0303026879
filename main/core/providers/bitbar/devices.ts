import type {
  BitbarDevice,
  BitbarDevicePage,
  BitbarOs,
} from '../../../../shared/contract/bitbar-devices';
import type { BitbarApi } from './api';
import { listPage } from './paging';
import { ApiDeviceSchema, type ApiDevice } from './schemas';
import { t } from '../../i18n/translate';

export function toOs(osType: string): BitbarOs {
  return osType.toUpperCase() === 'IOS' ? 'IOS' : 'ANDROID';
}

export function toDevice(device: ApiDevice): BitbarDevice {
  return {
    id: device.id,
    name: device.displayName,
    os: toOs(device.osType),
    osVersion: device.softwareVersion?.releaseVersion ?? '',
    apiLevel: device.softwareVersion?.apiLevel ?? null,
    credits: device.creditsPrice ?? 0,
    imageUrl: safeImageUrl(device.frame80Url ?? device.frame100Url),
  };
}

/** Only http(s) pictures reach the renderer (its CSP allows no other scheme anyway). */
function safeImageUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** `GET /v2/devices`: the public catalog, a page at a time, optionally searched. */
export async function listDevices(
  api: BitbarApi,
  page: { offset: number; limit: number; search?: string },
): Promise<BitbarDevicePage> {
  const result = await listPage(
    api,
    { path: 'v2/devices', action: t('bitbar:action.loadDeviceCatalog'), anonymous: true },
    ApiDeviceSchema,
    { offset: page.offset, limit: page.limit, ...(page.search ? { search: page.search } : {}) },
  );
  return {
    devices: result.items.map(toDevice),
    offset: result.offset,
    limit: result.limit,
    total: result.total,
    hasMore: result.hasMore,
  };
}
