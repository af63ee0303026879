import { FormatError } from './errors';
import { DENSITY_ANY, DENSITY_NONE } from './android-model';
import type { ResConfigValue, ResValue, ResourceLookup, XmlElement } from './android-model';

/** Aliases chain (@mipmap/a → @drawable/b → file); real apps need 2, hostile ones loop. */
const MAX_HOPS = 8;

/** Picks the value Android would use on a device with no particular locale. */
function defaultValue(values: ResConfigValue[]): ResValue | undefined {
  const pick = values.find((v) => v.isDefault) ?? values.find((v) => v.locale === '') ?? values[0];
  return pick?.value;
}

/** A manifest string attribute: a literal, or a reference resolved in the default config. */
export function resolveString(
  value: ResValue | undefined,
  resources: ResourceLookup | undefined,
): string | undefined {
  let current = value;
  for (let hop = 0; hop <= MAX_HOPS && current; hop++) {
    switch (current.kind) {
      case 'string':
        return current.value;
      case 'int':
        return String(current.value);
      case 'ref':
        current = resources ? defaultValue(resources.lookup(current.id)) : undefined;
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

export interface IconFile {
  /** Path as stored in the resource table, e.g. `res/mipmap-xxxhdpi-v4/ic_launcher.png`. */
  path: string;
  density: number;
}

/** Every file a drawable reference can resolve to, across all configurations. */
export function resolveFiles(id: number, resources: ResourceLookup): IconFile[] {
  const out: IconFile[] = [];
  const seen = new Set<number>();
  const walk = (resId: number, density: number | undefined, depth: number): void => {
    if (depth > MAX_HOPS || seen.has(resId)) return;
    seen.add(resId);
    for (const v of resources.lookup(resId)) {
      // An alias inherits the density of the config that pointed at it, if it had one.
      const d = density ?? v.density;
      if (v.value.kind === 'string') out.push({ path: v.value.value, density: d });
      else if (v.value.kind === 'ref')
        walk(v.value.id, density ?? (v.density || undefined), depth + 1);
    }
    seen.delete(resId);
  };
  walk(id, undefined, 0);
  return out;
}

/** Ranks densities so that the sharpest bitmap comes first; vectors and nodpi go last. */
function densityRank(density: number): number {
  if (density === DENSITY_ANY) return -2;
  if (density === DENSITY_NONE) return -1;
  return density === 0 ? 160 : density; // unqualified drawables are mdpi
}

const isPng = (p: string): boolean => /\.png$/i.test(p);
const isNinePatch = (p: string): boolean => /\.9\.png$/i.test(p);

/** PNG files first by density (highest first), nine-patches after plain PNGs. */
export function rankPngs(files: IconFile[]): IconFile[] {
  return files
    .filter((f) => isPng(f.path))
    .sort(
      (a, b) =>
        Number(isNinePatch(a.path)) - Number(isNinePatch(b.path)) ||
        densityRank(b.density) - densityRank(a.density),
    );
}

/**
 * The drawable an <adaptive-icon> draws in front (or, failing that, behind), as a
 * resource id: used when an icon resource has no PNG in any configuration.
 */
export function adaptiveIconLayers(xml: XmlElement): number[] {
  if (xml.name !== 'adaptive-icon') return [];
  const ids: number[] = [];
  for (const layer of ['foreground', 'background']) {
    const el = xml.children.find((c) => c.name === layer);
    const drawable = el?.attrs.find((a) => a.resourceId === 0x01010199 || a.name === 'drawable');
    if (drawable?.value.kind === 'ref') ids.push(drawable.value.id);
  }
  return ids;
}

/**
 * Lookups are decoded lazily, so damage deep in a table surfaces only when an entry is
 * read. Such damage costs the label or icon, never the whole inspection.
 */
export function tolerant(resources: ResourceLookup): ResourceLookup {
  return {
    lookup(id) {
      try {
        return resources.lookup(id);
      } catch (err) {
        if (err instanceof FormatError) return [];
        throw err;
      }
    },
  };
}
