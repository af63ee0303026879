/**
 * A signed PUT (Product Science's `uploadSpec`, GCS-like): the method, URL and headers
 * exactly as given, plus a Content-Length of the file's size; the raw bytes as the body.
 */
export interface SignedPutSpec {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export function signedPutHeaders(spec: SignedPutSpec, size: number): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.headers)) {
    // Our Content-Length is the file's real size; a stale one in the spec would be a lie.
    if (name.toLowerCase() !== 'content-length') headers[name] = value;
  }
  headers['content-length'] = String(size);
  return headers;
}
