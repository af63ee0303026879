import { create } from 'zustand';
import type { CreateTestInput } from '../../../shared/contract/testio';
import type { TestioTest, TestPage } from '../../../shared/domain/testio';
import { isTestActive } from '../../../shared/domain/testio-words';
import { dropship } from '../lib/dropship';
import { submit, track, type Loadable, type Submission } from './async-state';

/** How often a pending or running test is asked for its status. */
export const TEST_POLL_MS = 2_000;
const PER_PAGE = 10;

/** A test as last read, and when: progress on screen is measured against that moment. */
export type WatchedTest = Loadable<TestioTest> & { checkedAt?: number };

interface TestioTestsState {
  /** The page of tests shown per product. */
  pages: Record<number, Loadable<TestPage>>;
  tests: Record<number, WatchedTest>;
  creating: Submission;
  loadPage: (productId: number, page?: number) => Promise<void>;
  loadTest: (testId: number) => Promise<void>;
  /** Follows a test while it can change; returns the function that stops following. */
  watchTest: (testId: number) => () => void;
  createTest: (input: CreateTestInput) => Promise<TestioTest | undefined>;
  clearCreateError: () => void;
}

export const useTestioTests = create<TestioTestsState>((set, get) => {
  const setTest = (testId: number, value: WatchedTest) =>
    set({ tests: { ...get().tests, [testId]: value } });

  return {
    pages: {},
    tests: {},
    creating: { busy: false },
    loadPage: async (productId, page) => {
      const current = get().pages[productId];
      const wanted = page ?? current?.data?.page ?? 1;
      await track(
        {
          read: () => get().pages[productId],
          write: (value) => set({ pages: { ...get().pages, [productId]: value } }),
        },
        () => dropship.testio.listTests({ productId, page: wanted, perPage: PER_PAGE }),
      );
    },
    loadTest: async (testId) => {
      await track(
        {
          read: () => get().tests[testId],
          // A fresh answer records when it was read; a failure keeps the last one's time.
          write: (value) =>
            setTest(
              testId,
              value.loading || value.error
                ? { ...get().tests[testId], ...value }
                : { ...value, checkedAt: Date.now() },
            ),
        },
        () => dropship.testio.getTest({ testId }),
      );
    },
    watchTest: (testId) => {
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const tick = async () => {
        await get().loadTest(testId);
        const test = get().tests[testId];
        // Keep asking while it can change; a failed poll tries again rather than giving up.
        if (!stopped && (!test?.data || isTestActive(test.data.status))) {
          timer = setTimeout(() => void tick(), TEST_POLL_MS);
        }
      };
      void tick();
      return () => {
        stopped = true;
        if (timer) clearTimeout(timer);
      };
    },
    createTest: async (input) => {
      const test = await submit(
        (creating) => set({ creating }),
        () => dropship.testio.createTest(input),
      );
      if (test) {
        setTest(test.id, { data: test, loading: false, checkedAt: Date.now() });
        void get().loadPage(input.productId, 1);
      }
      return test;
    },
    clearCreateError: () => set({ creating: { busy: false } }),
  };
});
