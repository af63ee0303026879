type Merged<T extends readonly object[]> = T extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Head & Merged<Rest>
  : unknown;

/**
 * Channel or event maps declared per area, merged into one. Unlike a spread, a name two
 * parts both declare is an error at load time, not a silent win for the last one.
 */
export function mergeDisjoint<const T extends readonly Readonly<Record<string, unknown>>[]>(
  ...parts: T
): Merged<T> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (Object.hasOwn(merged, name))
        throw new Error(`"${name}" is declared twice in the contract`);
      merged[name] = value;
    }
  }
  return merged as Merged<T>;
}
