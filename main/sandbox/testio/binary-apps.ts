import { rm } from 'node:fs/promises';
import type { HttpContext } from '../framework/http-context';
import { discardBody, earlyAnswerHeaders } from '../storage/early-answer';
import { MalformedForm, readStreamedForm, type FormEntry } from '../framework/receive';
import { testioError, testioErrorBody } from './api';
import { finalizeBinaryApp } from './binary-app-finalize';
import {
  createdBody,
  extensionError,
  hasAllowedExtension,
  objectUrl,
  tooLargeError,
} from './binary-app-rules';
import type { TestioEnv, TestioRoutes } from './emulator';

/** Multipart framing around the file; a declared body larger than file limit + this is refused unread. */
const MULTIPART_ALLOWANCE = 1024 * 1024;

/** api-docs/testio-binary-apps.txt: direct upload, presigned upload URL, finalize. */
export const binaryAppRoutes: TestioRoutes = (api, env) => {
  api.post('/binary_apps', (ctx) => uploadDirect(ctx, env));
  api.get('/binary_apps/upload_url', (ctx) => issueUploadUrl(ctx, env));
  api.put('/binary_apps/:id', (ctx) => finalizeBinaryApp(ctx, env));
};

async function uploadDirect(ctx: HttpContext, env: TestioEnv): Promise<void> {
  const limit = env.limits.binaryAppBytes;
  const refuseNow = (message: string) => {
    // Answer at once; a body the server will not keep is discarded, or cut off when huge.
    ctx.json(422, testioErrorBody(message), earlyAnswerHeaders(ctx));
    discardBody(ctx);
  };
  if (!/^multipart\/form-data/i.test(ctx.header('content-type') ?? '')) {
    return testioError(ctx, 400, 'file is missing');
  }
  if (Number(ctx.header('content-length') ?? 0) > limit + MULTIPART_ALLOWANCE) {
    return refuseNow(tooLargeError(limit));
  }
  let refusal: string | undefined;
  let entries: FormEntry[];
  try {
    entries = await readStreamedForm(ctx, env.emulator().filesDir, (info, before) => {
      const isFirstFile =
        info.field === 'file' && !before.some((e) => e.kind === 'file' && e.part.field === 'file');
      if (!isFirstFile) return { save: false };
      if (!hasAllowedExtension(info.filename)) {
        refusal = extensionError(info.filename);
        return { save: false };
      }
      return { save: true, limitBytes: limit, onExceeded: () => refuseNow(tooLargeError(limit)) };
    });
  } catch (error) {
    if (!(error instanceof MalformedForm)) throw error;
    return testioError(ctx, 400, 'file is invalid');
  }
  const upload = entries.find((e) => e.kind === 'file' && e.part.field === 'file');
  const stored = upload?.kind === 'file' ? upload.part.stored : undefined;
  const cleanUp = () =>
    Promise.all(
      entries.map((e) =>
        e.kind === 'file' && e.part.stored && e.part.stored !== stored
          ? rm(e.part.stored.path, { force: true })
          : undefined,
      ),
    );
  await cleanUp();
  if (ctx.res.headersSent) return;
  if (!upload) return testioError(ctx, 400, 'file is missing');
  if (refusal) return testioError(ctx, 422, refusal);
  if (!stored) throw new Error('file within limits but not stored');
  if (stored.size === 0) {
    await rm(stored.path, { force: true });
    return testioError(ctx, 422, "Validation failed: File can't be blank");
  }
  const id = env.state.nextBinaryAppId();
  const key = `uploads/binary_app/${id}/${stored.filename}`;
  env.storage.putObject(key, stored);
  env.emulator().received.push(stored);
  const app = {
    id,
    source: 'direct' as const,
    status: 'new' as const,
    filename: stored.filename,
    file_size: stored.size,
    content_type: stored.contentType,
    bundle_identifier: null,
    bundle_version: null,
    storageKey: key,
    url: objectUrl(env.storage.url, key),
    createdAt: new Date().toISOString(),
  };
  env.state.binaryApps.set(id, app);
  ctx.json(201, createdBody(app));
}

/** Creates the binary app and presigns an S3 POST for `uploads/binary_app/package/<id>/`. */
function issueUploadUrl(ctx: HttpContext, env: TestioEnv): void {
  ctx.req.resume();
  const id = env.state.nextBinaryAppId();
  env.state.binaryApps.set(id, {
    id,
    source: 'presigned',
    status: 'awaiting_upload',
    filename: null,
    file_size: null,
    content_type: null,
    bundle_identifier: null,
    bundle_version: null,
    storageKey: null,
    url: null,
    createdAt: new Date().toISOString(),
  });
  const presigned = env.storage.presignPost({
    keyPrefix: `uploads/binary_app/package/${id}/`,
    successActionStatus: '201',
    contentLengthRange: [1, env.limits.binaryAppBytes],
  });
  ctx.json(200, { binary_app_id: id, url: presigned.url, fields: presigned.fields });
}
