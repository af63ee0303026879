import type { ServerTls } from '../framework/certificates';
import { startEmulator, type Emulator } from '../framework/emulator-server';
import { demoSecret } from '../framework/random';
import { Router } from '../framework/router';
import type { S3Storage } from '../storage/s3-post';
import { TESTIO_BASE_PATH, TestioApi, testioErrorBody } from './api';
import { binaryAppRoutes } from './binary-apps';
import { TestioState } from './state';
import { workspaceRoutes } from './workspace-routes';

export const ONE_GIGABYTE = 1073741824;

/** What every Test IO route module gets. */
export interface TestioEnv {
  state: TestioState;
  /** The S3 bucket binary apps are uploaded to (presigned POST) and served from. */
  storage: S3Storage;
  limits: { binaryAppBytes: number };
  /** The running emulator (filesDir, received); set before the first request arrives. */
  emulator(): Emulator;
}

export type TestioRoutes = (api: TestioApi, env: TestioEnv) => void;

/** Each module registers its part of the API; add products, tests and bugs here. */
const routeModules: TestioRoutes[] = [binaryAppRoutes, workspaceRoutes];

export interface TestioEmulatorOptions {
  storage: S3Storage;
  port?: number | undefined;
  tls?: ServerTls | undefined;
  /** The binary app size limit (1 GB as documented); tests lower it to exercise it. */
  maxBinaryAppBytes?: number;
}

export type TestioEmulator = Emulator & {
  demoToken: string;
  /** `${url}/customer/v2`, what a client takes as its base URL. */
  baseUrl: string;
  state: TestioState;
};

export async function startTestioEmulator(options: TestioEmulatorOptions): Promise<TestioEmulator> {
  const router = new Router();
  const state = new TestioState();
  // Route modules are registered before the server exists; their handlers run after.
  const started: { emulator?: Emulator } = {};
  const env: TestioEnv = {
    state,
    storage: options.storage,
    limits: { binaryAppBytes: options.maxBinaryAppBytes ?? ONE_GIGABYTE },
    emulator: () => {
      if (!started.emulator) throw new Error('Test IO emulator not started');
      return started.emulator;
    },
  };
  const demoToken = demoSecret('testio-demo');
  const api = new TestioApi(router, new Set([demoToken]));
  for (const register of routeModules) register(api, env);
  const running = await startEmulator({
    name: 'testio',
    router,
    errorBody: (_status, message) => testioErrorBody(message),
    ...(options.port ? { port: options.port } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  started.emulator = running;
  return Object.assign(running, {
    demoToken,
    baseUrl: `${running.url}${TESTIO_BASE_PATH}`,
    state,
  });
}
