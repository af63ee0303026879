import type { DropshipErrorShape } from '../../../shared/errors';
import { asErrorShape } from '../lib/errors';

/** Something a store waits for: the last answer, whether it is on its way, why it failed. */
export interface Loadable<T> {
  data?: T | undefined;
  loading: boolean;
  error?: DropshipErrorShape | undefined;
}

/**
 * Where one piece of async state lives in a store (a field, a map entry, a form's status).
 * A `Slot<never>` keeps no answer (an action's status): it fits work of any result.
 */
export interface Slot<T> {
  read(): Loadable<T> | undefined;
  write(value: Loadable<T>): void;
}

export interface TrackOptions {
  /** False once the person no longer wants this answer (they picked something else). */
  isCurrent?: () => boolean;
  /** Routes the call through a service's own handling (Bitbar's sign-in prompt). */
  wrap?: <R>(run: () => Promise<R>) => Promise<R>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * The one way a store runs async work: marks the slot loading (keeping what it showed),
 * runs, then writes the answer — or the failure as the shared error shape, keeping the last
 * answer on screen. A late answer nobody wants any more is dropped.
 */
export async function track<T>(
  slot: Slot<NoInfer<T>>,
  run: () => Promise<T>,
  { isCurrent = () => true, wrap = (call) => call() }: TrackOptions = {},
): Promise<Outcome<T>> {
  slot.write({ ...slot.read(), loading: true, error: undefined });
  try {
    const value = await wrap(run);
    if (isCurrent()) slot.write({ data: value, loading: false });
    return { ok: true, value };
  } catch (error) {
    if (isCurrent()) slot.write({ ...slot.read(), loading: false, error: asErrorShape(error) });
    return { ok: false };
  }
}

type KeysWhere<S, V> = { [K in keyof S]-?: S[K] extends V ? K : never }[keyof S];

/**
 * The slot of async state kept in a store's own named fields (`saving` and `saveError`,
 * say) rather than one `Loadable`: the answer goes to `data` when named, else nowhere.
 */
export function fieldsSlot<S, D extends keyof S = never>(
  set: (partial: Partial<S>) => void,
  get: () => S,
  fields: {
    loading?: KeysWhere<S, boolean>;
    error: KeysWhere<S, DropshipErrorShape | undefined>;
    data?: D;
  },
): Slot<[D] extends [never] ? never : NonNullable<S[D]>> {
  type T = [D] extends [never] ? never : NonNullable<S[D]>;
  return {
    read: () => {
      const state = get();
      return {
        loading: fields.loading ? (state[fields.loading] as boolean) : false,
        error: state[fields.error] as DropshipErrorShape | undefined,
        data: fields.data ? (state[fields.data] as T | undefined) : undefined,
      };
    },
    write: ({ loading, error, data }) => {
      const patch: Partial<Record<keyof S, unknown>> = {};
      patch[fields.error] = error;
      if (fields.loading) patch[fields.loading] = loading;
      if (fields.data && data !== undefined) patch[fields.data] = data;
      set(patch as Partial<S>);
    },
  };
}

/** Actions tracked per key (a form, a button): is it running, and how did it last fail. */
export interface TrackedActions<K extends string> {
  busy: Partial<Record<K, boolean>>;
  errors: Partial<Record<K, DropshipErrorShape>>;
}

/** The slot of one keyed action inside a store's `busy` and `errors` maps. */
export function actionSlot<K extends string, S extends TrackedActions<K>>(
  set: (partial: Partial<S>) => void,
  get: () => S,
  key: K,
): Slot<never> {
  return {
    read: () => ({ loading: get().busy[key] ?? false, error: get().errors[key] }),
    write: ({ loading, error }) =>
      set({
        busy: { ...get().busy, [key]: loading },
        errors: { ...get().errors, [key]: error },
      } as Partial<S>),
  };
}

/** `act(key, run)` for a store with keyed actions: resolves with whether it succeeded. */
export function keyedActions<K extends string, S extends TrackedActions<K>>(
  set: (partial: Partial<S>) => void,
  get: () => S,
  wrap?: TrackOptions['wrap'],
) {
  return async (key: K, run: () => Promise<unknown>): Promise<boolean> =>
    (await track(actionSlot<K, S>(set, get, key), run, wrap ? { wrap } : {})).ok;
}

/** A form's submission as the form shows it: field problems beside fields, the rest on top. */
export interface Submission {
  busy: boolean;
  error?: DropshipErrorShape;
}

/** The slot of a form's submission (its answer goes elsewhere in the store). */
export function submissionSlot(write: (submission: Submission) => void): Slot<never> {
  return {
    read: () => undefined,
    write: ({ loading, error }) => write(error ? { busy: loading, error } : { busy: loading }),
  };
}

/** Runs one form submission; resolves with what `run` returned, or undefined when it failed. */
export async function submit<T>(
  write: (submission: Submission) => void,
  run: () => Promise<T>,
): Promise<T | undefined> {
  const outcome = await track(submissionSlot(write), run);
  return outcome.ok ? outcome.value : undefined;
}
