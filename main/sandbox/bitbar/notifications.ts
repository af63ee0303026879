import type { HttpContext } from '../framework/http-context';
import type { Router } from '../framework/router';
import { authed, projectFor, type BitbarEnv } from './env';
import { ApiFailure, numberParam, oneOf, readParams, respond, required } from './http';
import { sendList, type ListOptions } from './list';
import { EMAIL } from './sharing';
import type { Notification, User } from './state';

const TYPES = ['ALWAYS', 'ON_FAILURE'] as const;

const present = (n: Notification) => ({
  id: n.id,
  email: n.email,
  project: n.projectId,
  type: n.type,
});

const notificationList: ListOptions<Notification> = {
  searchText: (n) => n.email,
  sortFields: { id: (n) => n.id, email: (n) => n.email },
};

/** E-mail notifications, account-wide (`project: null`) or for one project. */
export function notificationRoutes(router: Router, env: BitbarEnv): void {
  const mine = (user: User) =>
    [...env.state.notifications.values()].filter((n) => n.userId === user.id);

  const create = async (ctx: HttpContext, user: User, projectId: number | null, status: number) => {
    const params = await readParams(ctx);
    const email = required(params, 'email');
    if (!EMAIL.test(email)) throw new ApiFailure(400, `'${email}' is not an e-mail address`);
    const type = oneOf(required(params, 'type'), TYPES, 'type');
    if (
      mine(user).some(
        (n) => n.projectId === projectId && n.email.toLowerCase() === email.toLowerCase(),
      )
    ) {
      throw new ApiFailure(409, `A notification for ${email} already exists`);
    }
    const notification: Notification = {
      id: env.state.nextId('notification'),
      userId: user.id,
      email,
      projectId,
      type,
    };
    env.state.notifications.set(notification.id, notification);
    respond(ctx, status, present(notification));
  };

  router.post(
    '/api/v2/me/notifications',
    authed(env, (ctx, user) => create(ctx, user, null, 201)),
  );
  // The doc gives 200 (not 201) for the project variant.
  router.post(
    '/api/v2/me/projects/:projectId/notifications',
    authed(env, (ctx, user) => create(ctx, user, projectFor(env, ctx, user).id, 200)),
  );

  router.get(
    '/api/v2/me/notifications',
    authed(env, (ctx, user) => sendList(ctx, mine(user), notificationList, present)),
  );
  router.get(
    '/api/v2/me/projects/:projectId/notifications',
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      sendList(
        ctx,
        mine(user).filter((n) => n.projectId === project.id),
        notificationList,
        present,
      );
    }),
  );

  const find = (ctx: HttpContext, user: User) => {
    const id = numberParam(ctx, 'id');
    const notification = env.state.notifications.get(id);
    if (!notification || notification.userId !== user.id)
      throw new ApiFailure(404, `Notification ${id} not found`);
    return notification;
  };
  router.get(
    '/api/v2/me/notification/:id',
    authed(env, (ctx, user) => respond(ctx, 200, present(find(ctx, user)))),
  );
  router.post(
    '/api/v2/me/notification/:id',
    authed(env, async (ctx, user) => {
      const notification = find(ctx, user);
      notification.type = oneOf(required(await readParams(ctx), 'type'), TYPES, 'type');
      respond(ctx, 202, present(notification));
    }),
  );
  router.delete(
    '/api/v2/me/notification/:id',
    authed(env, (ctx, user) => {
      env.state.notifications.delete(find(ctx, user).id);
      ctx.empty(204);
    }),
  );
}
