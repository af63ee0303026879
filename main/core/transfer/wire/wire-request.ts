import type { FileSource } from '../file-source';
import { buildContentType, encodeMultipart } from './multipart';
import {
  PRESIGNED_FILE_FIELD,
  presignedPostFields,
  expectedPostStatus,
  type PresignedPost,
} from './presigned-post';
import { signedPutHeaders, type SignedPutSpec } from './signed-put';

/** The three ways a build travels. Providers describe one; the transfer sends it. */
export type WireRequest =
  | {
      shape: 'multipart';
      /** The API endpoint, e.g. Installr's apps.json. */
      url: string;
      /** Auth and Accept; Content-Type and Content-Length are set here. */
      headers: Record<string, string>;
      /** Sent before the file part, in this order. */
      fields: [string, string][];
      fileField: string;
    }
  | { shape: 'presigned-post'; presign: PresignedPost }
  | { shape: 'signed-put'; spec: SignedPutSpec };

export interface WireFile {
  path: string;
  fileName: string;
  size: number;
}

/** A request ready for the socket: exact length, and a body made from this attempt's file. */
export interface PreparedWire {
  method: string;
  url: string;
  headers: Record<string, string>;
  contentLength: number;
  /** Storage answers with a fixed status; an API's own status is judged by its provider. */
  storage: boolean;
  expectedStatus?: number;
  body(source: FileSource): AsyncIterable<Uint8Array>;
}

export function prepareWire(request: WireRequest, file: WireFile): PreparedWire {
  const filePart = (field: string) => ({
    field,
    fileName: file.fileName,
    contentType: buildContentType(file.fileName),
    path: file.path,
    size: file.size,
  });
  switch (request.shape) {
    case 'multipart': {
      const encoded = encodeMultipart(request.fields, filePart(request.fileField));
      return {
        method: 'POST',
        url: request.url,
        headers: { ...request.headers, 'content-type': encoded.contentType },
        contentLength: encoded.contentLength,
        storage: false,
        body: (source) => encoded.body(source.chunks),
      };
    }
    case 'presigned-post': {
      const encoded = encodeMultipart(
        presignedPostFields(request.presign, file.fileName),
        filePart(PRESIGNED_FILE_FIELD),
      );
      return {
        method: 'POST',
        url: request.presign.url,
        headers: { 'content-type': encoded.contentType },
        contentLength: encoded.contentLength,
        storage: true,
        expectedStatus: expectedPostStatus(request.presign),
        body: (source) => encoded.body(source.chunks),
      };
    }
    case 'signed-put': {
      const headers = signedPutHeaders(request.spec, file.size);
      return {
        method: request.spec.method.toUpperCase(),
        url: request.spec.url,
        headers,
        contentLength: file.size,
        storage: true,
        // The file's chunks themselves are the body: undici writes them with backpressure.
        body: (source) => source.chunks,
      };
    }
  }
}
