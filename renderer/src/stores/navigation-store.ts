import { create } from 'zustand';

interface NavigationState {
  current: string;
  go: (viewId: string) => void;
}

/** Which view is showing. Views register themselves in app/views.tsx. */
export const useNavigation = create<NavigationState>((set) => ({
  current: '',
  go: (viewId) => set({ current: viewId }),
}));

/** Shows a view (from another store, or main's events). */
export const goTo = (viewId: string): void => useNavigation.getState().go(viewId);
