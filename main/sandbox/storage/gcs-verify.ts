import type { HttpContext } from '../framework/http-context';
import {
  canonicalRequest,
  GCS_ALGORITHM,
  signString,
  stringToSign,
  type GcsCredentials,
  type SignPutOptions,
} from './gcs-signing';
import { parseAmzDate, sameSignature } from './signing';
import type { XmlError } from './xml';

const QUERY_PARAMS = [
  'X-Goog-Algorithm',
  'X-Goog-Credential',
  'X-Goog-Date',
  'X-Goog-Expires',
  'X-Goog-SignedHeaders',
  'X-Goog-Signature',
] as const;

const MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.';

/**
 * Checks a V4 signed-URL request as GCS does: the query parameters, the credential, the
 * expiry, then the signature recomputed over what actually arrived (method, path, query,
 * signed headers). Returns the refusal, or undefined when the request may proceed.
 */
export function verifySignedRequest(
  ctx: HttpContext,
  creds: GcsCredentials,
  nowMs: number,
  issued: Map<string, SignPutOptions>,
): XmlError | undefined {
  const query = ctx.query;
  const invalid = (details: string): XmlError => ({
    status: 400,
    code: 'InvalidArgument',
    message: 'Invalid argument.',
    extra: { Details: details },
  });
  if (QUERY_PARAMS.every((name) => !query.has(name))) {
    return {
      status: 403,
      code: 'AccessDenied',
      message: 'Access denied.',
      extra: {
        Details:
          'Anonymous caller does not have storage.objects.create access to the Google Cloud Storage object.',
      },
    };
  }
  const missing = QUERY_PARAMS.find((name) => !query.has(name));
  if (missing) return invalid(`Missing ${missing} parameter.`);
  const param = (name: (typeof QUERY_PARAMS)[number]) => query.get(name) ?? '';
  if (param('X-Goog-Algorithm') !== GCS_ALGORITHM) {
    return invalid(`Unsupported X-Goog-Algorithm "${param('X-Goog-Algorithm')}".`);
  }
  const date = param('X-Goog-Date');
  const signedAt = parseAmzDate(date);
  const expiresSeconds = Number(param('X-Goog-Expires'));
  if (Number.isNaN(signedAt)) return invalid(`Invalid X-Goog-Date "${date}".`);
  if (!Number.isInteger(expiresSeconds) || expiresSeconds < 1 || expiresSeconds > 604800) {
    return invalid('X-Goog-Expires must be a whole number of seconds between 1 and 604800.');
  }
  const credential = /^([^/]+)\/(\d{8})\/auto\/storage\/goog4_request$/.exec(
    param('X-Goog-Credential'),
  );
  if (!credential || credential[2] !== date.slice(0, 8)) {
    return invalid(
      'X-Goog-Credential must be <access id>/<YYYYMMDD of X-Goog-Date>/auto/storage/goog4_request.',
    );
  }
  if (credential[1] !== creds.accessId) {
    return {
      status: 403,
      code: 'InvalidAccessKeyId',
      message: 'The access key ID you provided does not exist in our records.',
    };
  }
  const expiresAt = signedAt + expiresSeconds * 1000;
  if (nowMs > expiresAt) {
    return {
      status: 400,
      code: 'ExpiredToken',
      message: 'The provided token has expired.',
      extra: { Details: `Request signature expired at: ${new Date(expiresAt).toISOString()}` },
    };
  }
  const signedNames = param('X-Goog-SignedHeaders').toLowerCase().split(';');
  const headers: Record<string, string> = {};
  for (const name of signedNames) {
    const value = ctx.header(name);
    if (value === undefined) {
      return mismatch(`The signed header ${name} is missing from the request.`);
    }
    headers[name] = value;
  }
  const request = canonicalRequest(ctx.method, ctx.path, query, headers);
  const signature = param('X-Goog-Signature');
  if (sameSignature(signString(creds.secret, date, request), signature)) return undefined;
  return mismatch(explain(ctx, issued.get(signature.toLowerCase())), stringToSign(date, request));
}

function mismatch(details: string, signedString?: string): XmlError {
  return {
    status: 403,
    code: 'SignatureDoesNotMatch',
    message: MISMATCH_MESSAGE,
    extra: { StringToSign: signedString, Details: details },
  };
}

/** Names what differs from the URL as it was issued, when the sandbox knows it. */
function explain(ctx: HttpContext, signed: SignPutOptions | undefined): string {
  if (!signed) return 'The URL or its signature was altered, or was not signed by this bucket.';
  if (ctx.method !== 'PUT') return `The URL was signed for PUT, not ${ctx.method}.`;
  const contentType = ctx.header('content-type');
  if (contentType !== signed.contentType) {
    return `Content-Type "${contentType ?? ''}" differs from the signed "${signed.contentType}".`;
  }
  const range = signed.contentLengthRange.join(',');
  if (ctx.header('x-goog-content-length-range') !== range) {
    return `X-Goog-Content-Length-Range differs from the signed "${range}".`;
  }
  return 'The URL (path or query) differs from the one that was signed.';
}
