import type { HttpContext } from '../framework/http-context';
import type { Router } from '../framework/router';
import { junitXml, logText, performanceOf, screenshotsOf, type ScreenshotView } from './artifacts';
import { authed, originOf, type BitbarEnv } from './env';
import { ApiFailure, numberParam, respond, sendResource } from './http';
import { sendList } from './list';
import { deviceRunFor, packageOf, presentDeviceRun, runFor, runViews } from './run-model';
import type { User } from './state';

const screenshotList = {
  searchText: (s: ScreenshotView) => s.originalName,
  sortFields: {
    id: (s: ScreenshotView) => s.id,
    originalName: (s: ScreenshotView) => s.originalName,
  },
};

/** Device runs of a test run: status, states, screenshots, performance, junit.xml, logs. */
export function deviceRunRoutes(router: Router, env: BitbarEnv): void {
  const base = '/api/v2/me/projects/:projectId/runs/:runId/device-runs';

  router.get(
    base,
    authed(env, (ctx, user) => {
      const { run } = runFor(env, ctx, user);
      const origin = originOf(ctx);
      sendList(
        ctx,
        runViews(env, run),
        {
          searchText: (v) => v.plan.device.displayName,
          sortFields: { id: (v) => v.plan.id, deviceName: (v) => v.plan.device.displayName },
        },
        (v) => presentDeviceRun(v.plan, v.view, origin),
      );
    }),
  );

  router.get(
    `${base}/:deviceRunId`,
    authed(env, (ctx, user) => {
      const { plan, view } = deviceRunFor(env, ctx, user);
      respond(ctx, 200, presentDeviceRun(plan, view, originOf(ctx)));
    }),
  );

  router.get(
    `${base}/:deviceRunId/junit.xml`,
    authed(env, (ctx, user) => {
      const { project, plan, view } = deviceRunFor(env, ctx, user);
      if (!view.finished || plan.outcome === 'EXCLUDED')
        throw new ApiFailure(404, 'Test results are not available for this device run');
      sendResource(
        ctx,
        Buffer.from(junitXml(plan, packageOf(project))),
        `${plan.id}-junit.xml`,
        'application/xml',
      );
    }),
  );

  router.get(
    `${base}/:deviceRunId/logs`,
    authed(env, (ctx, user) => {
      const { project, plan, view } = deviceRunFor(env, ctx, user);
      if (!view.startTime) throw new ApiFailure(404, 'The device run has not started yet');
      sendResource(
        ctx,
        Buffer.from(logText(plan, view, packageOf(project))),
        `${plan.id}-logcat.txt`,
        'text/plain',
      );
    }),
  );

  router.get(
    `${base}/:deviceRunId/performance`,
    authed(env, (ctx, user) => {
      const { project, plan, view } = deviceRunFor(env, ctx, user);
      respond(ctx, 200, performanceOf(plan, view, env.now(), packageOf(project)));
    }),
  );

  router.get(
    `${base}/:deviceRunId/states`,
    authed(env, (ctx, user) => {
      const { view } = deviceRunFor(env, ctx, user);
      sendList(ctx, view.states, {
        searchText: (s) => s.deviceRunStateType,
        sortFields: { id: (s) => s.id },
      });
    }),
  );

  router.get(
    `${base}/:deviceRunId/states/:stateId`,
    authed(env, (ctx, user) => {
      const id = numberParam(ctx, 'stateId');
      const state = deviceRunFor(env, ctx, user).view.states.find((s) => s.id === id);
      if (!state) throw new ApiFailure(404, `State ${id} not found`);
      respond(ctx, 200, state);
    }),
  );

  // The doc gives both `…/runs/{runId}/screenshots` (with deviceRunId as a parameter) and
  // `…/device-runs/{deviceRunId}/screenshots` (its example); both are served.
  const screenshots = (ctx: HttpContext, user: User) => {
    if (!ctx.params.deviceRunId) {
      const deviceRunId = ctx.query.get('deviceRunId');
      if (deviceRunId) ctx.params.deviceRunId = deviceRunId;
    }
    if (ctx.params.deviceRunId) {
      const { project, plan, view } = deviceRunFor(env, ctx, user);
      return screenshotsOf(plan, view, packageOf(project));
    }
    const { project, run } = runFor(env, ctx, user);
    return runViews(env, run).flatMap(({ plan, view }) =>
      screenshotsOf(plan, view, packageOf(project)),
    );
  };
  for (const path of [
    `${base}/:deviceRunId/screenshots`,
    '/api/v2/me/projects/:projectId/runs/:runId/screenshots',
  ]) {
    router.get(
      path,
      authed(env, (ctx, user) => sendList(ctx, screenshots(ctx, user), screenshotList)),
    );
    router.get(
      `${path}/:screenshotId`,
      authed(env, (ctx, user) => {
        const id = numberParam(ctx, 'screenshotId');
        const shot = screenshots(ctx, user).find((s) => s.id === id);
        if (!shot) throw new ApiFailure(404, `Screenshot ${id} not found`);
        respond(ctx, 200, shot);
      }),
    );
  }
}
