import type { z } from 'zod';
import type { ChannelSpec, ContractShape } from './define';
import type { EventMap } from './event-map';
import { DropshipErrorSchema } from '../error-schemas';
import { DropshipError, type DropshipErrorShape } from '../errors';

/** What crosses the IPC boundary for every call: errors are data, not exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: DropshipErrorShape };

/** A file the person dropped or picked; only main resolves it to a path and reads it. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

type Methods<C extends ContractShape, Wrap extends 'envelope' | 'value'> = {
  [N in keyof C]: {
    [M in keyof C[N]]: C[N][M] extends ChannelSpec<infer I, infer O>
      ? (
          input: z.input<I>,
        ) => Promise<Wrap extends 'envelope' ? Envelope<z.output<O>> : z.output<O>>
      : never;
  };
};

interface Listening<E extends EventMap> {
  /** Subscribe to an event from main; returns the unsubscribe function. */
  on<K extends keyof E & string>(event: K, listener: (payload: z.output<E[K]>) => void): () => void;
  /** The absolute path of a dropped or picked file (Electron's webUtils.getPathForFile). */
  pathForFile(file: DroppedFile): string;
}

/** `window.dropship` as the preload exposes it: every call resolves to an envelope. */
export type DropshipBridge<C extends ContractShape, E extends EventMap> = Methods<C, 'envelope'> &
  Listening<E>;

/** The renderer's view of the same API: values, and DropshipError thrown on failure. */
export type DropshipApi<C extends ContractShape, E extends EventMap> = Methods<C, 'value'> &
  Listening<E>;

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new DropshipError(DropshipErrorSchema.parse(envelope.error));
}
