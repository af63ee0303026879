/**
 * The IPC contract: every channel main answers and every event it pushes, declared once.
 * The preload builds `window.dropship` from it, main validates inputs with it, and the
 * renderer gets its types from it. Each domain keeps its channels in its own file.
 */
import type { DropshipApi, DropshipBridge } from './api';
import type { ContractShape } from './define';
import { accountsChannels } from './accounts';
import { installrChannels } from './installr';
import { testioChannels } from './testio';
import { settingsChannels } from './settings';
import { networkChannels } from './network';
import { systemChannels } from './system';
import { appEvents } from './app-events';
import { bitbarChannels, bitbarEvents } from './bitbar';
import { boardChannels } from './board';
import { historyChannels } from './history';
import { uploadsChannels, uploadEvents } from './uploads';
import { watchChannels, watchEvents } from './watch';
import { mergeDisjoint } from './merge';

export const contract = {
  board: boardChannels,
  accounts: accountsChannels,
  settings: settingsChannels,
  network: networkChannels,
  system: systemChannels,
  installr: installrChannels,
  testio: testioChannels,
  uploads: uploadsChannels,
  bitbar: bitbarChannels,
  history: historyChannels,
  watch: watchChannels,
} as const satisfies ContractShape;

export const events = mergeDisjoint(appEvents, uploadEvents, bitbarEvents, watchEvents);

export type Contract = typeof contract;
export type Events = typeof events;
export type Namespace = keyof Contract;
export type EventName = keyof Events & string;

export type Bridge = DropshipBridge<Contract, Events>;
export type Api = DropshipApi<Contract, Events>;

export { channel } from './define';
export type { Envelope, DroppedFile } from './api';
