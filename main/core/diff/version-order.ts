/**
 * Orders two version or build strings the way the stores do: Android's versionCode is one
 * integer (it may exceed 2^53, so BigInt); iOS's CFBundleVersion and most version names are
 * dot-separated integers ("1.10.2" > "1.9"). Returns a negative number when `a` is lower,
 * 0 when equal, positive when higher, and undefined when either is not of that form
 * ("v1.6pre2"), where guessing an order would mislead.
 */
export function compareVersions(a: string, b: string): number | undefined {
  const left = parts(a);
  const right = parts(b);
  if (!left || !right) return undefined;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? 0n;
    const y = right[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function parts(version: string): bigint[] | undefined {
  if (!/^\d+(\.\d+)*$/.test(version.trim())) return undefined;
  return version.trim().split('.').map(BigInt);
}
