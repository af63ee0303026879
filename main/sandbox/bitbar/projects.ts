import type { Router } from '../framework/router';
import { authed, projectFor, type BitbarEnv } from './env';
import { ApiFailure, booleanParam, oneOf, readParams, respond, required } from './http';
import { sendList } from './list';
import { defaultConfig } from './config-rules';
import { drawDevice } from './images';
import type { Project, ProjectType } from './state';

const PROJECT_TYPES = ['ANDROID', 'CTS', 'IOS', 'UIAUTOMATOR'] as const;

export const presentProject = (project: Project) => ({
  id: project.id,
  name: project.name,
  description: project.description,
  type: project.type,
  common: project.common,
  sharedById: project.sharedById,
});

/** Creates a project with its default config (used by the route and the demo seed). */
export function createProject(
  env: BitbarEnv,
  ownerId: number,
  name: string,
  type: ProjectType,
): Project {
  const project: Project = {
    id: env.state.nextId('project'),
    ownerId,
    name,
    description: '',
    type,
    common: false,
    sharedById: null,
    createTime: env.now(),
  };
  env.state.projects.set(project.id, project);
  env.state.configs.set(project.id, defaultConfig(env, project));
  env.state.parameters.set(project.id, []);
  env.state.files.set(project.id, {});
  env.state.shares.set(project.id, []);
  return project;
}

export function projectRoutes(router: Router, env: BitbarEnv): void {
  router.post(
    '/api/v2/me/projects',
    authed(env, async (ctx, user) => {
      const params = await readParams(ctx);
      const name = required(params, 'name');
      const type = oneOf(required(params, 'type'), PROJECT_TYPES, 'type');
      const taken = [...env.state.projects.values()].some(
        (p) => p.ownerId === user.id && p.name === name,
      );
      if (taken) throw new ApiFailure(409, `Project with name '${name}' already exists`);
      respond(ctx, 201, presentProject(createProject(env, user.id, name, type)));
    }),
  );

  router.get(
    '/api/v2/me/projects',
    authed(env, (ctx, user) =>
      sendList(
        ctx,
        env.state.visibleProjects(user),
        {
          searchText: (p) => `${p.name} ${p.description}`,
          sortFields: {
            id: (p) => p.id,
            name: (p) => p.name.toLowerCase(),
            createTime: (p) => p.createTime,
          },
          defaultSort: 'createTime_d',
        },
        presentProject,
      ),
    ),
  );

  router.get(
    '/api/v2/me/projects/:projectId',
    authed(env, (ctx, user) => respond(ctx, 200, presentProject(projectFor(env, ctx, user)))),
  );

  router.post(
    '/api/v2/me/projects/:projectId',
    authed(env, async (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const params = await readParams(ctx);
      const name = params.get('name');
      if (name !== null) {
        if (!name.trim()) throw new ApiFailure(400, "Parameter 'name' must not be empty");
        project.name = name.trim();
      }
      const description = params.get('description');
      if (description !== null) project.description = description;
      project.common = booleanParam(params, 'common') ?? project.common;
      respond(ctx, 202, presentProject(project));
    }),
  );

  router.delete(
    '/api/v2/me/projects/:projectId',
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      if (project.ownerId !== user.id) throw new ApiFailure(403);
      env.state.projects.delete(project.id);
      for (const run of env.state.runs.values())
        if (run.projectId === project.id) env.state.runs.delete(run.id);
      for (const n of env.state.notifications.values())
        if (n.projectId === project.id) env.state.notifications.delete(n.id);
      ctx.empty(204);
    }),
  );

  router.get(
    '/api/v2/me/projects/:projectId/icon',
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      if (!env.state.files.get(project.id)?.application)
        throw new ApiFailure(404, 'Project has no application yet');
      const device = env.state
        .catalog()
        .find((d) => (project.type === 'IOS') === (d.osType === 'IOS'));
      if (!device) throw new ApiFailure(404);
      const png = drawDevice(device.model, 64);
      ctx.res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
      ctx.res.end(png);
    }),
  );
}
