import type { Router } from '../framework/router';
import { presentConfig, runAvailable } from './config-rules';
import { parameterList } from './config';
import { authed, projectFor, type BitbarEnv } from './env';
import { sendStored, sendZip } from './files';
import { ApiFailure, numberParam, readParams, respond, required } from './http';
import { sendList, type ListOptions } from './list';
import { planDeviceRuns } from './progress';
import { presentRun, runFor } from './run-model';
import type { Project, TestRun, User } from './state';

const runList: ListOptions<TestRun> = {
  searchText: (r) => r.displayName,
  sortFields: {
    id: (r) => r.id,
    createTime: (r) => r.createTime,
    number: (r) => r.number,
    displayName: (r) => r.displayName,
  },
  defaultSort: 'createTime_d',
};

/** Starts a run on the project's current config and device group (the seed uses it too). */
export function startRun(
  env: BitbarEnv,
  user: User,
  project: Project,
  name: string,
  createTime = env.now(),
): TestRun {
  const config = env.state.configs.get(project.id)!;
  const files = env.state.files.get(project.id) ?? {};
  if (!runAvailable(env, project, config)) {
    const group = env.state.groups.get(config.usedDeviceGroupId);
    const why = !files.application
      ? 'upload an application first'
      : !files.test && (config.mode === 'FULL_RUN' || config.mode === 'UIAUTOMATOR')
        ? 'upload a test file first'
        : !group || group.deviceIds.length === 0
          ? 'the device group has no devices'
          : 'the project config is incomplete';
    throw new ApiFailure(400, `Test run cannot be started: ${why}`);
  }
  const group = env.state.groups.get(config.usedDeviceGroupId)!;
  const devices = group.deviceIds.flatMap((id) => env.state.devices.get(id) ?? []);
  const id = env.state.nextId('run');
  const previous = [...env.state.runs.values()].filter((r) => r.projectId === project.id);
  const run: TestRun = {
    id,
    projectId: project.id,
    number: previous.reduce((max, r) => Math.max(max, r.number), 0) + 1,
    createTime,
    displayName: name,
    startedBy: user,
    config: { ...config },
    parameters: (env.state.parameters.get(project.id) ?? []).map((p) => ({ ...p })),
    files: { ...files },
    deviceRuns: planDeviceRuns(
      () => env.state.nextId('deviceRun'),
      id,
      devices,
      config,
      createTime,
      env.pace.stepMs,
    ),
    tags: [],
    screenshotZip: null,
  };
  env.state.runs.set(id, run);
  return run;
}

/** Test run basics, run config and files, and tags. */
export function runRoutes(router: Router, env: BitbarEnv): void {
  const base = '/api/v2/me/projects/:projectId/runs';

  router.post(
    base,
    authed(env, async (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const name = required(await readParams(ctx), 'name');
      respond(ctx, 201, presentRun(env, startRun(env, user, project, name)));
    }),
  );

  router.get(
    base,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const runs = [...env.state.runs.values()].filter((r) => r.projectId === project.id);
      sendList(ctx, runs, runList, (r) => presentRun(env, r));
    }),
  );

  router.get(
    '/api/v2/me/runs',
    authed(env, (ctx, user) => {
      const visible = new Set(env.state.visibleProjects(user).map((p) => p.id));
      const runs = [...env.state.runs.values()].filter((r) => visible.has(r.projectId));
      sendList(ctx, runs, runList, (r) => presentRun(env, r));
    }),
  );

  router.get(
    `${base}/:runId`,
    authed(env, (ctx, user) => respond(ctx, 200, presentRun(env, runFor(env, ctx, user).run))),
  );

  router.post(
    `${base}/:runId`,
    authed(env, async (ctx, user) => {
      const { run } = runFor(env, ctx, user);
      run.displayName = required(await readParams(ctx), 'name');
      respond(ctx, 202, presentRun(env, run));
    }),
  );

  router.delete(
    `${base}/:runId`,
    authed(env, (ctx, user) => {
      env.state.runs.delete(runFor(env, ctx, user).run.id);
      ctx.empty(204);
    }),
  );

  router.get(
    `${base}/:runId/config`,
    authed(env, (ctx, user) => {
      const { project, run } = runFor(env, ctx, user);
      respond(ctx, 200, presentConfig(env, project, run.config));
    }),
  );

  router.get(
    `${base}/:runId/config/parameters`,
    authed(env, (ctx, user) => sendList(ctx, runFor(env, ctx, user).run.parameters, parameterList)),
  );

  router.get(
    `${base}/:runId/config/parameters/:parameterId`,
    authed(env, (ctx, user) => {
      const id = numberParam(ctx, 'parameterId');
      const parameter = runFor(env, ctx, user).run.parameters.find((p) => p.id === id);
      if (!parameter) throw new ApiFailure(404, `Parameter ${id} not found`);
      respond(ctx, 200, parameter);
    }),
  );

  for (const kind of ['application', 'test', 'data'] as const) {
    router.get(
      `${base}/:runId/files/${kind}`,
      authed(env, (ctx, user) => sendStored(ctx, runFor(env, ctx, user).run.files[kind], kind)),
    );
  }
  router.get(
    `${base}/:runId/files.zip`,
    authed(env, (ctx, user) => {
      const { run } = runFor(env, ctx, user);
      return sendZip(ctx, run.files, `run-${run.id}-files.zip`);
    }),
  );

  tagRoutes(router, env, base);
}

function tagRoutes(router: Router, env: BitbarEnv, base: string): void {
  router.post(
    `${base}/:runId/tags`,
    authed(env, async (ctx, user) => {
      const { run } = runFor(env, ctx, user);
      const name = required(await readParams(ctx), 'name');
      if (run.tags.some((t) => t.name === name))
        throw new ApiFailure(409, `Tag '${name}' already exists`);
      const tag = { id: env.state.nextId('tag'), name };
      run.tags.push(tag);
      respond(ctx, 201, tag);
    }),
  );
  router.get(
    `${base}/:runId/tags`,
    authed(env, (ctx, user) =>
      sendList(ctx, runFor(env, ctx, user).run.tags, {
        searchText: (t) => t.name,
        sortFields: { id: (t) => t.id, name: (t) => t.name },
      }),
    ),
  );
  const findTag = (run: TestRun, id: number) => {
    const tag = run.tags.find((t) => t.id === id);
    if (!tag) throw new ApiFailure(404, `Tag ${id} not found`);
    return tag;
  };
  router.get(
    `${base}/:runId/tags/:tagId`,
    authed(env, (ctx, user) =>
      respond(ctx, 200, findTag(runFor(env, ctx, user).run, numberParam(ctx, 'tagId'))),
    ),
  );
  router.delete(
    `${base}/:runId/tags/:tagId`,
    authed(env, (ctx, user) => {
      const { run } = runFor(env, ctx, user);
      const tag = findTag(run, numberParam(ctx, 'tagId'));
      run.tags = run.tags.filter((t) => t !== tag);
      ctx.empty(204);
    }),
  );
}
