import type { CoreContext } from '../context';
import * as installr from '../providers/installr/client';
import type { Handlers } from './types';

export function installrHandlers(ctx: CoreContext): Handlers['installr'] {
  return {
    listApps: async () => installr.listApps(await ctx.accounts.credentials('installr')),
  };
}
