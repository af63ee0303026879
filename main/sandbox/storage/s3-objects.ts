import { createReadStream } from 'node:fs';
import type { HttpContext } from '../framework/http-context';
import type { StoredObject } from './s3-post';
import { sendXmlError } from './xml';

/** GET /<key> returns the object (the public download URL services hand out). */
export function serveObject(ctx: HttpContext, objects: Map<string, StoredObject>): void {
  ctx.req.resume();
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    return sendXmlError(
      ctx,
      {
        status: 405,
        code: 'MethodNotAllowed',
        message: 'The specified method is not allowed against this resource.',
      },
      { requestIds: true },
    );
  }
  let key: string;
  try {
    key = decodeURIComponent(ctx.path.slice(1));
  } catch {
    const error = { status: 400, code: 'InvalidURI', message: "Couldn't parse the specified URI." };
    return sendXmlError(ctx, error, { requestIds: true });
  }
  const object = objects.get(key);
  if (!object) {
    return sendXmlError(
      ctx,
      {
        status: 404,
        code: 'NoSuchKey',
        message: 'The specified key does not exist.',
        extra: { Key: key },
      },
      { requestIds: true },
    );
  }
  ctx.res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': object.size,
    etag: `"${object.md5}"`,
  });
  if (ctx.method === 'HEAD') return void ctx.res.end();
  createReadStream(object.path)
    .on('error', () => ctx.res.destroy())
    .pipe(ctx.res);
}
