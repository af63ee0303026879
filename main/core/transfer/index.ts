import type { CoreContext } from '../context';
import { uploadersFor } from '../providers/uploaders';
import { UploadService, type UploadServiceOptions } from './upload-service';

/**
 * One upload engine per core. The handlers reach it through `uploadsFor(ctx)`; createCore
 * starts it (resuming what an earlier run left pending) and disposes of it.
 */
const engines = new WeakMap<CoreContext, UploadService>();

export function uploadsFor(ctx: CoreContext): UploadService {
  let engine = engines.get(ctx);
  if (!engine) {
    engine = new UploadService(ctx, { uploaders: uploadersFor(ctx) });
    engines.set(ctx, engine);
  }
  return engine;
}

/** Tests shorten the stall window and the retry delays; the app keeps the defaults. */
export function configureUploads(ctx: CoreContext, options: Partial<UploadServiceOptions>): void {
  uploadsFor(ctx).configure(options);
}

export function startUploads(ctx: CoreContext): Promise<void> {
  return uploadsFor(ctx).restore();
}

export async function stopUploads(ctx: CoreContext): Promise<void> {
  await engines.get(ctx)?.dispose();
  engines.delete(ctx);
}
