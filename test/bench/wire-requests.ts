import { basename } from 'node:path';
import type { HttpClient } from '../../main/core/http/client';
import { sendWire } from '../../main/core/transfer/send-wire';
import type { WireRequest } from '../../main/core/transfer/wire/wire-request';
import type { Shape } from './curl';

/**
 * Sends one file of `size` bytes to the bench sink in one wire shape, as the engine sends a
 * build (no progress listener, nothing to cancel), and returns the milliseconds it took.
 */
export async function timedSend(
  shape: Shape,
  sink: string,
  file: { path: string; size: number },
  options: { hash: boolean; http?: HttpClient },
): Promise<number> {
  const started = performance.now();
  const { response } = await sendWire(benchWireRequest(shape, sink), {
    service: 'installr',
    file: { path: file.path, fileName: basename(file.path), size: file.size },
    signal: new AbortController().signal,
    onProgress: () => undefined,
    onBodySent: () => undefined,
    onStall: () => undefined,
    hash: options.hash,
    ...(options.http ? { http: options.http } : {}),
  });
  if (response.status >= 300) throw new Error(`sink answered ${response.status}`);
  return performance.now() - started;
}

/** The request each wire shape makes against the bench sink, as the providers build them. */
export function benchWireRequest(shape: Shape, sink: string): WireRequest {
  switch (shape) {
    case 'multipart':
      return {
        shape,
        url: `${sink}/apps.json`,
        headers: { 'x-installrapptoken': 'bench', accept: 'application/json' },
        fields: [['releaseNotes', 'bench']],
        fileField: 'qqfile',
      };
    case 'presigned-post':
      return {
        shape,
        presign: {
          url: `${sink}/s3`,
          fields: {
            key: 'uploads/${filename}',
            success_action_status: '201',
            policy: 'eyJjb25kaXRpb25zIjpbXX0=',
            'x-amz-signature': 'bench',
          },
        },
      };
    case 'signed-put':
      return {
        shape,
        spec: {
          method: 'PUT',
          url: `${sink}/gcs/bench/build.apk?X-Goog-Signature=bench`,
          headers: { 'Content-Type': 'application/octet-stream' },
        },
      };
  }
}
