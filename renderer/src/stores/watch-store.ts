import { create } from 'zustand';
import type { FoundBuild, WatchState } from '../../../shared/contract/watch';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { fieldsSlot, track } from './async-state';
import { openBuild } from './upload-store';

interface WatchStoreState {
  watch?: WatchState;
  loadError?: DropshipErrorShape;
  /** The last add, remove or switch that failed, shown in Settings → Watched folders. */
  actionError?: DropshipErrorShape;
  busy: boolean;
  load: () => Promise<void>;
  /** Asks for a folder (the system dialog), then watches it. */
  chooseAndAdd: () => Promise<void>;
  remove: (path: string) => Promise<void>;
  setAutoDeliver: (on: boolean) => Promise<void>;
  /** The normal drop flow for an offered build; its card goes away. */
  open: (build: FoundBuild) => Promise<void>;
  dismiss: (id: string) => Promise<void>;
}

/**
 * Watched folders and the builds they offered. Main holds the list (offers outlive a view);
 * its `watch.*` events say it changed, and the renderer's root reloads it (`loadWatch`).
 */
export const useWatch = create<WatchStoreState>((set, get) => {
  const act = async (run: () => Promise<WatchState | undefined>) => {
    await track(
      fieldsSlot(set, get, { loading: 'busy', error: 'actionError', data: 'watch' }),
      run,
    );
  };
  return {
    busy: false,
    load: async () => {
      await track(fieldsSlot(set, get, { error: 'loadError', data: 'watch' }), () =>
        dropship.watch.state(),
      );
    },
    chooseAndAdd: () =>
      act(async () => {
        const { path } = await dropship.system.chooseFolder({
          title: t('messages:watch.chooseFolder'),
        });
        return path ? dropship.watch.addFolder({ path }) : undefined;
      }),
    remove: (path) => act(() => dropship.watch.removeFolder({ path })),
    setAutoDeliver: async (on) => {
      // The switch moves at once; main's answer (or a reload on failure) settles it.
      const watch = get().watch;
      if (watch) set({ watch: { ...watch, autoDeliver: on } });
      await act(() => dropship.watch.setAutoDeliver({ on }));
      if (get().actionError) await get().load();
    },
    open: async (build) => {
      await get().dismiss(build.id);
      await openBuild(build.path, build.fileName);
    },
    dismiss: (id) => act(() => dropship.watch.dismiss({ id })),
  };
});

/** Reads the watched folders and offered builds again (main said they changed). */
export const loadWatch = (): Promise<void> => useWatch.getState().load();
