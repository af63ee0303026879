import type { CoreContext } from '../context';
import { bitbarDeviceHandlers } from './bitbar-devices';
import { bitbarProjectHandlers } from './bitbar-projects';
import { bitbarRunHandlers } from './bitbar-runs';
import type { Handlers } from './types';

/** Every Bitbar channel; each area's handlers live in their own file. */
export function bitbarHandlers(ctx: CoreContext): Handlers['bitbar'] {
  const api = ctx.bitbar;
  return {
    session: () => api.status(),
    signIn: async ({ password }) => {
      await api.signIn(password);
      return api.status();
    },
    ...bitbarDeviceHandlers(ctx),
    ...bitbarProjectHandlers(ctx),
    ...bitbarRunHandlers(ctx),
  };
}
