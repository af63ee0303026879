import type { CoreContext } from '../context';
import type { Handlers } from './types';
import { boardHandlers } from './board';
import { accountsHandlers } from './accounts';
import { installrHandlers } from './installr';
import { testioHandlers } from './testio';
import { settingsHandlers } from './settings';
import { networkHandlers } from './network';
import { systemHandlers } from './system';
import { uploadsHandlers } from './uploads';
import { bitbarHandlers } from './bitbar';
import { historyHandlers } from './history';
import { watchHandlers } from './watch';
import type { WatchService } from '../watch/watch-service';

/** Long-lived services createCore builds once and hands to their handlers. */
export interface CoreServices {
  watch: WatchService;
}

/** The channel → service map. Each domain's handlers live in their own file. */
export function createHandlers(ctx: CoreContext, services: CoreServices): Handlers {
  return {
    board: boardHandlers(ctx),
    accounts: accountsHandlers(ctx),
    settings: settingsHandlers(ctx),
    network: networkHandlers(ctx),
    system: systemHandlers(ctx),
    installr: installrHandlers(ctx),
    testio: testioHandlers(ctx),
    uploads: uploadsHandlers(ctx),
    bitbar: bitbarHandlers(ctx),
    history: historyHandlers(ctx),
    watch: watchHandlers(services.watch),
  };
}

export type { Handlers } from './types';
