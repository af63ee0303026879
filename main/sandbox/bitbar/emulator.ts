import type { ServerTls } from '../framework/certificates';
import { startEmulator, type Emulator } from '../framework/emulator-server';
import { Router } from '../framework/router';
import { BitbarAuth } from './auth';
import { DEFAULT_DEVICE_COUNT, generateCatalog } from './catalog';
import { configRoutes } from './config';
import { deviceRunRoutes } from './device-runs';
import { deviceRoutes } from './devices';
import { authed, type BitbarEnv } from './env';
import { fileRoutes } from './files';
import { groupRoutes } from './groups';
import { errorBody, respond } from './http';
import { DeviceImages } from './images';
import { notificationRoutes } from './notifications';
import { projectRoutes } from './projects';
import { reportRoutes } from './reports';
import { runRoutes } from './runs';
import { demoSecret } from '../framework/random';
import { DEMO_EMAIL, seedDemoData } from './seed';
import { sharingRoutes } from './sharing';
import { BitbarState } from './state';

export interface BitbarEmulatorOptions {
  port?: number | undefined;
  tls?: ServerTls | undefined;
  /** Catalog size: 2,000 by default; the smoothness bench asks for 5,000. */
  deviceCount?: number;
  /** OAuth access token lifetime; tests shorten it to watch refreshes. */
  tokenLifetimeSeconds?: number;
  /** Duration of one device-run step; tests use a few ms, the app's sandbox ~1.5 s. */
  stepMs?: number;
}

export interface BitbarEmulator extends Emulator {
  demoApiKey: string;
  demoUser: { email: string; password: string };
  /** Test hooks: token expiry, revoked sessions, run pace, the state itself. */
  bitbar: { auth: BitbarAuth; pace: { stepMs: number }; state: BitbarState };
}

/** The Bitbar Testing API v2 emulator (api-docs/bitbar-testing-api-v2.txt), under /api. */
export async function startBitbarEmulator(
  options: BitbarEmulatorOptions = {},
): Promise<BitbarEmulator> {
  const state = new BitbarState();
  for (const device of generateCatalog(options.deviceCount ?? DEFAULT_DEVICE_COUNT))
    state.devices.set(device.id, device);
  const env: BitbarEnv = {
    state,
    auth: new BitbarAuth(state, options.tokenLifetimeSeconds ?? 3600),
    images: new DeviceImages(),
    pace: { stepMs: options.stepMs ?? 1500 },
    now: Date.now,
  };

  const router = new Router();
  env.auth.routes(router);
  const me = authed(env, (ctx, user) =>
    respond(ctx, 200, {
      id: user.id,
      email: user.email,
      name: user.name,
      mainUserId: user.id,
      enabled: true,
    }),
  );
  router.get('/api/me', me);
  router.get('/api/v2/me', me);
  deviceRoutes(router, env);
  groupRoutes(router, env);
  projectRoutes(router, env);
  configRoutes(router, env);
  fileRoutes(router, env);
  sharingRoutes(router, env);
  runRoutes(router, env);
  deviceRunRoutes(router, env);
  reportRoutes(router, env);
  notificationRoutes(router, env);

  const emulator = await startEmulator({
    name: 'bitbar',
    router,
    errorBody,
    ...(options.port ? { port: options.port } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  env.emulator = emulator;
  const credentials = { apiKey: demoSecret('bitbarDemo'), password: demoSecret('demo') };
  await seedDemoData(env, emulator.filesDir, credentials);
  return Object.assign(emulator, {
    demoApiKey: credentials.apiKey,
    demoUser: { email: DEMO_EMAIL, password: credentials.password },
    bitbar: { auth: env.auth, pace: env.pace, state },
  });
}
