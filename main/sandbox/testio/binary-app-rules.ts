import type { BinaryAppRecord } from './state';

/** From the doc: "Supported file extensions include: .ipa, .apk, .xap, .appx, .zip, .wgt". */
export const BINARY_APP_EXTENSIONS = ['.ipa', '.apk', '.xap', '.appx', '.zip', '.wgt'];

export function hasAllowedExtension(filename: string): boolean {
  const lower = filename.toLowerCase();
  return BINARY_APP_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export function extensionError(filename: string): string {
  return `Validation failed: File extension of "${filename}" is not allowed; allowed: ${BINARY_APP_EXTENSIONS.join(', ')}`;
}

/** The doc's message for the 1 GB limit, with the size named as the doc names it. */
export function tooLargeError(limitBytes: number): string {
  return `Validation failed: File size exceeds the maximum allowed size of ${describeSize(limitBytes)}`;
}

function describeSize(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}GB`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024}KB`;
  return `${bytes} bytes`;
}

/** A URL path for an S3 key, each segment encoded (the storage serves GET /<key>). */
export function objectUrl(storageUrl: string, key: string): string {
  return `${storageUrl}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** The documented 201 body of POST /binary_apps. */
export function createdBody(app: BinaryAppRecord) {
  return {
    binary_app: { id: app.id, filename: app.filename, file_size: app.file_size, url: app.url },
  };
}

/** The documented 200 body of PUT /binary_apps/{id}, plus the download `url`. */
export function finalizedBody(app: BinaryAppRecord) {
  return {
    binary_app: {
      id: app.id,
      filename: app.filename,
      file_size: app.file_size,
      content_type: app.content_type,
      bundle_identifier: app.bundle_identifier,
      bundle_version: app.bundle_version,
      status: app.status,
      url: app.url,
    },
  };
}
