import type { CoreContext } from '../context';
import type { Handlers } from './types';
import { accountsHandlers } from './accounts';
import { installrHandlers } from './installr';

/** The channel → service map. Each domain's handlers live in their own file. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    accounts: accountsHandlers(ctx),
    installr: installrHandlers(ctx),
  };
}

export type { Handlers } from './types';
