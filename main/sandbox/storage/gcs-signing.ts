import { amzDate, deriveSigningKey, hmac, sha256Hex } from './signing';

/** An HMAC key of the bucket's service account (GCS V4 signing supports these). */
export interface GcsCredentials {
  accessId: string;
  secret: string;
}

export interface SignPutOptions {
  bucket: string;
  /** Object name; may contain slashes. */
  object: string;
  contentType: string;
  /** Inclusive [min, max] bytes, signed as the X-Goog-Content-Length-Range header. */
  contentLengthRange: [number, number];
}

export interface SignedPut {
  method: 'PUT';
  url: string;
  /** Headers the client must send exactly as given (they are part of the signature). */
  headers: Record<string, string>;
}

export const GCS_ALGORITHM = 'GOOG4-HMAC-SHA256';
const SIGNED_HEADERS = ['content-type', 'host', 'x-goog-content-length-range'];

/**
 * A V4 signed URL for one PUT, as a backend makes with
 * `bucket.file(name).getSignedUrl({version:'v4', action:'write', contentType, extensionHeaders})`.
 * X-Goog-Expires is whole seconds, as in GCS.
 */
export function signPutUrl(
  creds: GcsCredentials,
  baseUrl: string,
  nowMs: number,
  ttlMs: number,
  options: SignPutOptions,
): SignedPut {
  const url = new URL(objectPath(options.bucket, options.object), baseUrl);
  const date = amzDate(nowMs);
  const headers = {
    'Content-Type': options.contentType,
    'X-Goog-Content-Length-Range': options.contentLengthRange.join(','),
  };
  url.searchParams.set('X-Goog-Algorithm', GCS_ALGORITHM);
  url.searchParams.set('X-Goog-Credential', `${creds.accessId}/${credentialScope(date)}`);
  url.searchParams.set('X-Goog-Date', date);
  url.searchParams.set(
    'X-Goog-Expires',
    String(Math.min(604800, Math.max(1, Math.ceil(ttlMs / 1000)))),
  );
  url.searchParams.set('X-Goog-SignedHeaders', SIGNED_HEADERS.join(';'));
  const canonicalHeaders = {
    'content-type': headers['Content-Type'],
    host: url.host,
    'x-goog-content-length-range': headers['X-Goog-Content-Length-Range'],
  };
  const request = canonicalRequest('PUT', url.pathname, url.searchParams, canonicalHeaders);
  url.searchParams.set('X-Goog-Signature', signString(creds.secret, date, request));
  return { method: 'PUT', url: url.toString(), headers };
}

export function objectPath(bucket: string, object: string): string {
  return `/${encodeRfc3986(bucket)}/${object.split('/').map(encodeRfc3986).join('/')}`;
}

export function credentialScope(date: string): string {
  return `${date.slice(0, 8)}/auto/storage/goog4_request`;
}

/**
 * GCS's canonical request: method, path, sorted query without the signature, the signed
 * headers as `name:value` lines, their names, and UNSIGNED-PAYLOAD.
 */
export function canonicalRequest(
  method: string,
  path: string,
  query: URLSearchParams,
  signedHeaders: Record<string, string>,
): string {
  const canonicalQuery = [...query.entries()]
    .filter(([name]) => name !== 'X-Goog-Signature')
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const names = Object.keys(signedHeaders).sort();
  const headerLines = names
    .map((name) => `${name}:${(signedHeaders[name] ?? '').trim()}\n`)
    .join('');
  return [method, path, canonicalQuery, headerLines, names.join(';'), 'UNSIGNED-PAYLOAD'].join(
    '\n',
  );
}

export function stringToSign(date: string, request: string): string {
  return [GCS_ALGORITHM, date, credentialScope(date), sha256Hex(request)].join('\n');
}

export function signString(secret: string, date: string, request: string): string {
  const key = deriveSigningKey('GOOG4', secret, {
    day: date.slice(0, 8),
    region: 'auto',
    service: 'storage',
    terminator: 'goog4_request',
  });
  return hmac(key, stringToSign(date, request)).toString('hex');
}

function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
