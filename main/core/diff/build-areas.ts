import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/resources';
/**
 * Where a build's bytes are, by the areas people change on purpose: native libraries per
 * ABI, assets, resources, compiled code, and on iOS embedded frameworks and extensions.
 * Sizes are stored (compressed) bytes, the ones that make up the download.
 */
export interface ZipListingEntry {
  name: string;
  stored: number;
}

/** Area ids in the order a person reads them; `lib/<abi>` ids are added per ABI found. */
const AREA_LABELS: Record<string, MessageKey> = {
  dex: 'diff:area.dex',
  res: 'diff:area.res',
  assets: 'diff:area.assets',
  frameworks: 'diff:area.frameworks',
  plugins: 'diff:area.plugins',
  other: 'diff:area.other',
};

export function areaLabel(id: string): string {
  if (id.startsWith('lib/')) return t('diff:area.lib', { abi: id.slice(4) });
  return Object.hasOwn(AREA_LABELS, id) ? t(AREA_LABELS[id]!) : id;
}

/**
 * APK paths are at the root; an AAB puts each module's files under `<module>/` with dex in
 * `<module>/dex/`; an .ipa keeps the app in `Payload/X.app/`, an .app.zip in `X.app/`.
 */
export function areaOf(name: string): string {
  const ios = /^(?:Payload\/)?[^/]+\.app\/(Frameworks|PlugIns)\//.exec(name);
  if (ios) return ios[1] === 'Frameworks' ? 'frameworks' : 'plugins';
  const path = name.replace(/^[^/]+\/(?=(?:lib|assets|res|dex|manifest|root)\/)/, '');
  const lib = /^lib\/([^/]+)\//.exec(path);
  if (lib) return `lib/${lib[1]}`;
  if (path.startsWith('assets/')) return 'assets';
  if (path.startsWith('res/')) return 'res';
  if (/^(?:dex\/)?classes\d*\.dex$/.test(path)) return 'dex';
  return 'other';
}

export function areaSizes(listing: ZipListingEntry[]): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const entry of listing) {
    if (entry.name.endsWith('/')) continue;
    const area = areaOf(entry.name);
    sizes[area] = (sizes[area] ?? 0) + entry.stored;
  }
  return sizes;
}
