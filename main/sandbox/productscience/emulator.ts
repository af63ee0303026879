import type { ServerTls } from '../framework/certificates';
import { startEmulator, type Emulator } from '../framework/emulator-server';
import { demoSecret } from '../framework/random';
import { Router } from '../framework/router';
import type { GcsStorage } from '../storage/gcs-put';
import { bearerGuard, psErrorBody } from './api';
import { createUploadContext, submitBuild, trackUploads } from './builds';
import { ProductScienceState, type BuildRecord } from './state';

export const PRODUCTSCIENCE_DEMO_PROJECTS = ['demo-android', 'checkout-android'];

export interface ProductScienceEmulatorOptions {
  /** The bucket builds are uploaded to through signed URLs. */
  storage: GcsStorage;
  port?: number | undefined;
  tls?: ServerTls | undefined;
}

/**
 * api-docs/productscience-build-upload.txt. The API has no way to read a build back, so
 * tests inspect builds (uploadState, stored file) through `build(id)` / `builds()` here.
 */
export type ProductScienceEmulator = Emulator & {
  demoToken: string;
  projects: string[];
  build(id: number): BuildRecord | undefined;
  builds(): BuildRecord[];
};

export async function startProductScienceEmulator(
  options: ProductScienceEmulatorOptions,
): Promise<ProductScienceEmulator> {
  const state = new ProductScienceState();
  PRODUCTSCIENCE_DEMO_PROJECTS.forEach((name) => state.projects.add(name));
  const demoToken = demoSecret('productscience-demo');
  const guard = bearerGuard(new Set([demoToken]));
  const router = new Router();
  router.post(
    '/api/v1/projects/:projectName/build-uploads',
    guard((ctx) => createUploadContext(ctx, state)),
  );
  router.post(
    '/api/v1/projects/:projectName/builds',
    guard((ctx) => submitBuild(ctx, state, options.storage)),
  );
  const stopTracking = trackUploads(state, options.storage);
  const emulator = await startEmulator({
    name: 'productscience',
    router,
    errorBody: (status, message) => psErrorBody(status, message, ''),
    ...(options.port ? { port: options.port } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  const close = emulator.close;
  return Object.assign(emulator, {
    demoToken,
    projects: [...state.projects],
    build: (id: number) => state.builds.get(id),
    builds: () => [...state.builds.values()],
    close: async () => {
      stopTracking();
      await close();
    },
  });
}
