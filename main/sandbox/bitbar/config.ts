import type { Router } from '../framework/router';
import { authed, projectFor, type BitbarEnv } from './env';
import { ApiFailure, numberParam, readParams, respond, required } from './http';
import { sendList } from './list';
import { applyConfig, presentConfig } from './config-rules';
import type { ConfigParameter } from './state';

const parameterList = {
  searchText: (p: ConfigParameter) => `${p.key} ${p.value}`,
  sortFields: { id: (p: ConfigParameter) => p.id, key: (p: ConfigParameter) => p.key },
};

/** Project config and its user-defined parameters. */
export function configRoutes(router: Router, env: BitbarEnv): void {
  const base = '/api/v2/me/projects/:projectId/config';

  router.get(
    base,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      respond(ctx, 200, presentConfig(env, project, env.state.configs.get(project.id)!));
    }),
  );

  router.post(
    base,
    authed(env, async (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const params = await readParams(ctx);
      const next = applyConfig(env, user, project, env.state.configs.get(project.id)!, params);
      env.state.configs.set(project.id, next);
      respond(ctx, 201, presentConfig(env, project, next));
    }),
  );

  router.post(
    `${base}/parameters`,
    authed(env, async (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const params = await readParams(ctx);
      const key = required(params, 'key');
      const value = params.get('value');
      if (value === null) throw new ApiFailure(400, "Parameter 'value' is required");
      const list = env.state.parameters.get(project.id) ?? [];
      if (list.some((p) => p.key === key))
        throw new ApiFailure(409, `Parameter '${key}' already exists`);
      const parameter = { id: env.state.nextId('parameter'), key, value };
      list.push(parameter);
      env.state.parameters.set(project.id, list);
      respond(ctx, 201, parameter);
    }),
  );

  router.get(
    `${base}/parameters`,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      sendList(ctx, env.state.parameters.get(project.id) ?? [], parameterList);
    }),
  );

  router.get(
    `${base}/parameters/:parameterId`,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const id = numberParam(ctx, 'parameterId');
      const parameter = env.state.parameters.get(project.id)?.find((p) => p.id === id);
      if (!parameter) throw new ApiFailure(404, `Parameter ${id} not found`);
      respond(ctx, 200, parameter);
    }),
  );

  router.delete(
    `${base}/parameters/:parameterId`,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const id = numberParam(ctx, 'parameterId');
      const list = env.state.parameters.get(project.id) ?? [];
      const index = list.findIndex((p) => p.id === id);
      if (index < 0) throw new ApiFailure(404, `Parameter ${id} not found`);
      list.splice(index, 1);
      // The doc answers 200 with an empty body here (204 elsewhere).
      ctx.empty(200);
    }),
  );
}

export { parameterList };
