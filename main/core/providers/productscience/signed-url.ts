/**
 * When a V4 signed URL (GCS `X-Goog-…` or S3 `X-Amz-…` query parameters) stops being
 * valid, in ms since the epoch; undefined when the URL does not say.
 */
export function signedUrlExpiresAt(url: string): number | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const date = params.get('X-Goog-Date') ?? params.get('X-Amz-Date');
  const seconds = Number(params.get('X-Goog-Expires') ?? params.get('X-Amz-Expires'));
  const parts = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date ?? '');
  if (!parts || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  const [, y, mo, d, h, mi, s] = parts.map(Number) as [number, ...number[]];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + seconds * 1000;
}

/** True when the URL will have expired within `marginMs` (a send must finish in time). */
export function signedUrlExpired(url: string, now = Date.now(), marginMs = 30_000): boolean {
  const expiresAt = signedUrlExpiresAt(url);
  return expiresAt !== undefined && expiresAt - marginMs <= now;
}
