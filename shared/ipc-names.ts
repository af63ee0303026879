/** The two Electron IPC channels everything travels on; the contract names what is inside. */
export const IPC_INVOKE = 'dropship:invoke';
export const IPC_EVENT = 'dropship:event';
