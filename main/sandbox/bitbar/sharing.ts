import type { Router } from '../framework/router';
import { authed, projectFor, type BitbarEnv } from './env';
import { ApiFailure, numberParam, readParams, respond, required } from './http';
import { sendList } from './list';
import type { Share } from './state';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Project sharing with another Bitbar user, by e-mail. */
export function sharingRoutes(router: Router, env: BitbarEnv): void {
  const base = '/api/v2/me/projects/:projectId/sharings';
  const sharesOf = (projectId: number) => env.state.shares.get(projectId) ?? [];

  router.post(
    base,
    authed(env, async (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const email = required(await readParams(ctx), 'email');
      if (!EMAIL.test(email)) throw new ApiFailure(400, `'${email}' is not an e-mail address`);
      const target = env.state.userByEmail(email);
      if (!target) throw new ApiFailure(404, `No Bitbar Testing user with e-mail ${email}`);
      if (target.id === project.ownerId)
        throw new ApiFailure(400, 'A project cannot be shared with its owner');
      const list = sharesOf(project.id);
      if (list.some((s) => s.userId === target.id))
        throw new ApiFailure(409, `Project is already shared with ${email}`);
      const share: Share = {
        id: env.state.nextId('share'),
        projectId: project.id,
        userId: target.id,
        userEmail: target.email,
      };
      env.state.shares.set(project.id, [...list, share]);
      respond(ctx, 201, presentShare(share));
    }),
  );

  router.get(
    base,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      sendList(
        ctx,
        sharesOf(project.id),
        {
          searchText: (s) => s.userEmail,
          sortFields: { id: (s) => s.id, userEmail: (s) => s.userEmail },
        },
        presentShare,
      );
    }),
  );

  const find = (projectId: number, id: number) => {
    const share = sharesOf(projectId).find((s) => s.id === id);
    if (!share) throw new ApiFailure(404, `Share ${id} not found`);
    return share;
  };

  router.get(
    `${base}/:sharingId`,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      respond(ctx, 200, presentShare(find(project.id, numberParam(ctx, 'sharingId'))));
    }),
  );

  router.delete(
    `${base}/:sharingId`,
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      const share = find(project.id, numberParam(ctx, 'sharingId'));
      env.state.shares.set(
        project.id,
        sharesOf(project.id).filter((s) => s !== share),
      );
      ctx.empty(204);
    }),
  );
}

const presentShare = (share: Share) => ({
  id: share.id,
  userId: share.userId,
  userEmail: share.userEmail,
});
