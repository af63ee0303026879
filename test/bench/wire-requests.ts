import type { WireRequest } from '../../main/core/transfer/wire/wire-request';
import type { Shape } from './curl';

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
