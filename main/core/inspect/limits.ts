/**
 * How much of one archive entry we are willing to inflate. Entries beyond these are
 * refused before a byte is inflated (the central directory states their size) and
 * streams are cut if they produce more than stated: a zip bomb costs us nothing.
 */
export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
export const MAX_PLIST_BYTES = 10 * 1024 * 1024;
/** Resource tables of large apps reach tens of MB; past this we skip label/icon lookup. */
export const MAX_RESOURCES_BYTES = 64 * 1024 * 1024;
export const MAX_ICON_BYTES = 5 * 1024 * 1024;
/** Icons whose PNG exceeds this are skipped for a smaller one: the data URL stays ≤ ~200 KB. */
export const MAX_ICON_PNG_BYTES = 150 * 1024;
/**
 * Property lists: a real Info.plist nests a handful of levels and holds a few thousand
 * values. The caps keep a crafted one (shared references, deep nesting) from costing
 * more than a few milliseconds.
 */
export const MAX_PLIST_DEPTH = 64;
export const MAX_PLIST_OBJECTS = 200_000;
