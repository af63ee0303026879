import type { Emulator } from '../framework/emulator-server';
import type { HttpContext } from '../framework/http-context';
import type { RouteHandler } from '../framework/router';
import type { BitbarAuth } from './auth';
import { ApiFailure, guarded } from './http';
import type { DeviceImages } from './images';
import type { BitbarState, Project, User } from './state';

/** What every route module shares: the state, auth, the clock and the run pace. */
export interface BitbarEnv {
  state: BitbarState;
  auth: BitbarAuth;
  images: DeviceImages;
  /** How long each step of a device run takes; tests make it a few milliseconds. */
  pace: { stepMs: number };
  now: () => number;
  /** Set once the server is listening (uploads land in its filesDir). */
  emulator?: Emulator;
}

/** A route that needs a signed-in user (API key or OAuth access token). */
export function authed(
  env: BitbarEnv,
  handler: (ctx: HttpContext, user: User) => unknown,
): RouteHandler {
  return guarded(async (ctx) => {
    const user = env.auth.authenticate(ctx);
    await handler(ctx, user);
  });
}

/** The project by `:projectId`, if this user may see it; 404 otherwise (as Bitbar does). */
export function projectFor(env: BitbarEnv, ctx: HttpContext, user: User): Project {
  const id = Number(ctx.params.projectId);
  const project = env.state.projects.get(id);
  if (!project || !env.state.visibleProjects(user).includes(project)) {
    throw new ApiFailure(404, `Project ${ctx.params.projectId ?? ''} not found`);
  }
  return project;
}

export function originOf(ctx: HttpContext): string {
  return `http://${ctx.header('host') ?? '127.0.0.1'}`;
}
