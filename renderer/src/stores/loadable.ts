import type { DropshipErrorShape } from '../../../shared/errors';
import { asErrorShape } from '../lib/errors';

/** Something loaded from a service: the value, or why it could not be. */
export interface Loadable<T> {
  data?: T | undefined;
  loading: boolean;
  error?: DropshipErrorShape | undefined;
}

/** Where one Loadable lives in a store. */
export interface LoadableSlot<T> {
  read: () => Loadable<T> | undefined;
  write: (value: Loadable<T>) => void;
}

/**
 * Loads into one slot, keeping what was shown while it loads and when it fails.
 * `isCurrent` drops a late answer the person no longer wants (they picked something else).
 */
export async function loadInto<T>(
  slot: LoadableSlot<T>,
  fetch: () => Promise<T>,
  isCurrent: () => boolean = () => true,
): Promise<void> {
  slot.write({ ...slot.read(), loading: true, error: undefined });
  try {
    const data = await fetch();
    if (isCurrent()) slot.write({ data, loading: false });
  } catch (error) {
    if (isCurrent()) slot.write({ ...slot.read(), loading: false, error: asErrorShape(error) });
  }
}
