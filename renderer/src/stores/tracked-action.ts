import type { DropshipErrorShape } from '../../../shared/errors';
import { asErrorShape } from '../lib/errors';

/** Stores whose actions are tracked per key: is it running, and how did it last fail. */
export interface TrackedActions<K extends string> {
  busy: Partial<Record<K, boolean>>;
  errors: Partial<Record<K, DropshipErrorShape>>;
}

type Wrap = <T>(run: () => Promise<T>) => Promise<T>;

/**
 * Builds `act(key, run)`: marks the action busy, clears its last error, runs it, and
 * records a failure as the shared error shape. Resolves with whether it succeeded.
 * `wrap` lets a store route calls through its own handling (e.g. Bitbar's sign-in).
 */
export function trackedAction<K extends string, S extends TrackedActions<K>>(
  set: (partial: Partial<S>) => void,
  get: () => S,
  wrap: Wrap = (run) => run(),
) {
  function mark(key: K, busy: boolean, error?: DropshipErrorShape): void {
    const { busy: allBusy, errors } = get();
    set({ busy: { ...allBusy, [key]: busy }, errors: { ...errors, [key]: error } } as Partial<S>);
  }
  return async (key: K, run: () => Promise<void>): Promise<boolean> => {
    mark(key, true);
    try {
      await wrap(run);
      mark(key, false);
      return true;
    } catch (error) {
      mark(key, false, asErrorShape(error));
      return false;
    }
  };
}
