import { create } from 'zustand';
import type { ExportStatus, RejectReason, TestioBug } from '../../../shared/domain/testio';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { track, type Slot } from './async-state';

export const BUGS_PER_PAGE = 20;

export type Verdict = 'accept' | 'reject' | 'fixed' | 'known';

/** Which bugs a triage list shows: a product, maybe one of its tests, an export state. */
export interface BugFilter {
  productId: number;
  testId?: number;
  exportStatus?: ExportStatus;
}

/** One triage list (a product's Bugs tab, or a test's page), keyed by `listKey(filter)`. */
export interface BugList {
  filter: BugFilter;
  page: number;
  total: number;
  bugs: TestioBug[];
  loading: boolean;
  loaded: boolean;
  error?: DropshipErrorShape;
}

/** Per bug: a verdict on its way, or Test IO's refusal of the last one. */
export interface BugActivity {
  pending?: Verdict;
  error?: DropshipErrorShape;
}

interface TestioBugsState {
  lists: Record<string, BugList>;
  activity: Record<number, BugActivity>;
  load: (filter: BugFilter, page?: number) => Promise<void>;
  refreshBug: (bugId: number) => Promise<void>;
  accept: (bug: TestioBug) => Promise<boolean>;
  reject: (bug: TestioBug, reason: RejectReason, comment: string) => Promise<boolean>;
  markFixed: (bug: TestioBug) => Promise<boolean>;
  markKnown: (bug: TestioBug) => Promise<boolean>;
  dismissError: (bugId: number) => void;
}

export const listKey = (filter: BugFilter) =>
  `${filter.productId}:${filter.testId ?? '*'}:${filter.exportStatus ?? '*'}`;

export const useTestioBugs = create<TestioBugsState>((set, get) => {
  /** Puts a bug's new state into every list that shows it. */
  const replaceBug = (bug: TestioBug) => {
    const lists = Object.fromEntries(
      Object.entries(get().lists).map(([key, list]) => [
        key,
        { ...list, bugs: list.bugs.map((b) => (b.id === bug.id ? bug : b)) },
      ]),
    );
    set({ lists });
  };
  const setActivity = (bugId: number, activity: BugActivity) =>
    set({ activity: { ...get().activity, [bugId]: activity } });
  /**
   * A bug's activity as async state: the verdict on its way, or why it was refused. A plain
   * re-read (no verdict) only reports its failure, leaving a verdict on its way alone.
   */
  const activitySlot = (bugId: number, kind?: Verdict): Slot<never> => ({
    read: () => ({ loading: Boolean(get().activity[bugId]?.pending) }),
    write: ({ loading, error }) => {
      if (kind) setActivity(bugId, loading ? { pending: kind } : error ? { error } : {});
      else if (error) setActivity(bugId, { error });
    },
  });

  /**
   * Shows the verdict at once (optimistic), then settles on what Test IO answered — or
   * puts the bug back and keeps Test IO's reason next to it when it refuses.
   */
  async function verdict(
    bug: TestioBug,
    kind: Verdict,
    optimistic: Partial<TestioBug>,
    send: () => Promise<TestioBug>,
  ): Promise<boolean> {
    if (get().activity[bug.id]?.pending) return false;
    replaceBug({ ...bug, ...optimistic });
    const sent = await track(activitySlot(bug.id, kind), send);
    replaceBug(sent.ok ? sent.value : bug);
    return sent.ok;
  }

  return {
    lists: {},
    activity: {},
    load: async (filter, page) => {
      const key = listKey(filter);
      const current = get().lists[key];
      const wanted = page ?? current?.page ?? 1;
      const base: BugList = current ?? {
        filter,
        page: wanted,
        total: 0,
        bugs: [],
        loading: false,
        loaded: false,
      };
      const putList = (list: BugList) => set({ lists: { ...get().lists, [key]: list } });
      await track(
        {
          read: () => ({ ...(get().lists[key] ?? base), data: undefined }),
          write: ({ data, loading, error }) =>
            putList(
              data
                ? {
                    filter,
                    page: data.page,
                    total: data.total,
                    bugs: data.bugs,
                    loading,
                    loaded: true,
                  }
                : { ...(get().lists[key] ?? base), loading, error },
            ),
        },
        () => dropship.testio.listBugs({ ...filter, page: wanted, perPage: BUGS_PER_PAGE }),
      );
    },
    refreshBug: async (bugId) => {
      const read = await track(activitySlot(bugId), () => dropship.testio.getBug({ bugId }));
      if (read.ok) replaceBug(read.value);
    },
    accept: (bug) =>
      verdict(bug, 'accept', { status: 'accepted' }, () =>
        dropship.testio.acceptBug({ bugId: bug.id }),
      ),
    reject: (bug, reason, comment) =>
      verdict(bug, 'reject', { status: 'rejected' }, () =>
        dropship.testio.rejectBug({ bugId: bug.id, reason, comment }),
      ),
    markFixed: (bug) =>
      verdict(bug, 'fixed', { status: 'fixed' }, () =>
        dropship.testio.markBugFixed({ bugId: bug.id }),
      ),
    markKnown: (bug) =>
      verdict(bug, 'known', { known: true }, () => dropship.testio.markBugKnown({ bugId: bug.id })),
    dismissError: (bugId) => setActivity(bugId, {}),
  };
});
