import type { DropshipErrorShape } from '../../../shared/errors';

/** Something loaded from a service: the value, or why it could not be. */
export interface Loadable<T> {
  data?: T | undefined;
  loading: boolean;
  error?: DropshipErrorShape | undefined;
}
