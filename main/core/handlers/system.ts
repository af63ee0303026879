import type { CoreContext } from '../context';
import type { Handlers } from './types';

export function systemHandlers(ctx: CoreContext): Handlers['system'] {
  return {
    chooseSavePath: async (options) => ({
      path: (await ctx.platform.chooseSavePath(options)) ?? null,
    }),
    chooseFolder: async (options) => ({ path: (await ctx.platform.chooseFolder(options)) ?? null }),
    openExternal: async ({ url }) => ctx.platform.openExternal(url),
    showInFolder: async ({ path }) => ctx.platform.showInFolder(path),
  };
}
