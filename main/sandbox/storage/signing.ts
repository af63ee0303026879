import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The HMAC key chain shared by AWS SigV4 and GCS V4 signing: the secret is never used
 * directly, only a key derived for one day, region and service.
 * AWS: ('AWS4', date, region, 's3', 'aws4_request'); GCS HMAC keys: ('GOOG4', date, 'auto', 'storage', 'goog4_request').
 */
export function deriveSigningKey(
  prefix: 'AWS4' | 'GOOG4',
  secret: string,
  scope: { day: string; region: string; service: string; terminator: string },
): Buffer {
  const kDate = hmac(`${prefix}${secret}`, scope.day);
  const kRegion = hmac(kDate, scope.region);
  const kService = hmac(kRegion, scope.service);
  return hmac(kService, scope.terminator);
}

export function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

export function sha256Hex(data: string): string {
  return createHash('sha256').update(data, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex signatures (length mismatch is simply unequal). */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `20251104T154715Z`: the compact ISO 8601 basic format both clouds use in signatures. */
export function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Parses `20251104T154715Z` back to epoch ms; NaN when malformed. */
export function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}
