import { describe, expect, it } from 'vitest';
import {
  keyedActions,
  submit,
  track,
  type Loadable,
  type Submission,
  type TrackedActions,
} from '../../../renderer/src/stores/async-state';
import { DropshipError } from '../../../shared/errors';

const refused = () =>
  new DropshipError({ code: 'not_found', retryable: false, message: 'No such app.' });

function slotOf<T>(initial?: Loadable<T>) {
  let value = initial;
  const seen: Loadable<T>[] = [];
  return {
    slot: {
      read: () => value,
      write: (next: Loadable<T>) => {
        value = next;
        seen.push(next);
      },
    },
    seen,
    get: () => value,
  };
}

describe('track, the one way a store runs async work', () => {
  it('keeps what was shown while loading, then shows the answer', async () => {
    const { slot, seen } = slotOf<string>({ data: 'old', loading: false });
    const outcome = await track(slot, async () => 'new');
    expect(outcome).toEqual({ ok: true, value: 'new' });
    expect(seen).toEqual([
      { data: 'old', loading: true, error: undefined },
      { data: 'new', loading: false },
    ]);
  });

  it('keeps the last answer and records the failure as the shared shape', async () => {
    const { slot, get } = slotOf<string>({ data: 'old', loading: false });
    const outcome = await track<string>(slot, () => Promise.reject(refused()));
    expect(outcome).toEqual({ ok: false });
    expect(get()).toMatchObject({ data: 'old', loading: false, error: { code: 'not_found' } });
  });

  it('drops an answer nobody wants any more', async () => {
    const { slot, get } = slotOf<string>();
    let current = true;
    const late = track(slot, async () => 'late', { isCurrent: () => current });
    current = false;
    await late;
    expect(get()).toEqual({ loading: true, error: undefined });
  });

  it('runs the call through `wrap` (a service’s sign-in)', async () => {
    const { slot, get } = slotOf<number>();
    const wrapped: string[] = [];
    await track(slot, async () => 1, {
      wrap: (run) => {
        wrapped.push('wrapped');
        return run();
      },
    });
    expect(wrapped).toEqual(['wrapped']);
    expect(get()?.data).toBe(1);
  });
});

describe('keyed actions and form submissions run through track', () => {
  it('marks one action busy, records its failure and clears it on the next try', async () => {
    type K = 'create' | 'delete';
    let state: TrackedActions<K> = { busy: {}, errors: {} };
    const act = keyedActions<K, TrackedActions<K>>(
      (partial) => (state = { ...state, ...partial }),
      () => state,
    );
    let busyWhileRunning: boolean | undefined;
    expect(
      await act('create', async () => {
        busyWhileRunning = state.busy.create;
        throw refused();
      }),
    ).toBe(false);
    expect(busyWhileRunning).toBe(true);
    expect(state.busy.create).toBe(false);
    expect(state.errors.create?.message).toBe('No such app.');
    expect(await act('create', async () => undefined)).toBe(true);
    expect(state.errors.create).toBeUndefined();
    expect(state.busy.delete).toBeUndefined();
  });

  it('a submission resolves with its result, or undefined with the error kept', async () => {
    const written: Submission[] = [];
    expect(
      await submit(
        (s) => written.push(s),
        async () => 7,
      ),
    ).toBe(7);
    expect(
      await submit(
        (s) => written.push(s),
        () => Promise.reject(refused()),
      ),
    ).toBeUndefined();
    expect(written).toEqual([
      { busy: true },
      { busy: false },
      { busy: true },
      { busy: false, error: expect.objectContaining({ code: 'not_found' }) },
    ]);
  });
});
