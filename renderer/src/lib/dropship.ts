import type { Bridge } from '../../../shared/contract';
import { wrapBridge } from '../../../shared/contract/wrap';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e harness); envelopes, never raw IPC. */
    dropship: Bridge;
  }
}

/** The one way the renderer reaches main: typed values, DropshipError on failure. */
export const dropship = wrapBridge(window.dropship);
