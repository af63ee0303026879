import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../ui/states';
import { UploadView } from '../views/upload/UploadView';
import { WindowDropTarget } from '../views/upload/WindowDropTarget';
import { BitbarSignIn } from '../views/bitbar-session/BitbarSignIn';

type ViewLabelKey =
  | 'app:nav.upload'
  | 'app:nav.history'
  | 'app:nav.board'
  | 'app:nav.apps'
  | 'app:nav.testers'
  | 'app:nav.status'
  | 'app:nav.testio'
  | 'app:nav.devices'
  | 'app:nav.bitbar'
  | 'app:nav.settings';

/**
 * A view loaded when first opened: the start screen (Upload) comes up without waiting
 * for the code of views the person may never visit.
 *
 * Not React.lazy: a lazy view suspends, and React holds back the content that replaces a
 * Suspense fallback until 300 ms after the fallback appeared (its reveal throttle), so
 * every first visit took ≥ 300 ms however fast its code came (test/bench/history-paint.ts).
 * Here the placeholder is ordinary state: the view shows the moment its code is in.
 */
function later<M>(
  label: ViewLabelKey,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): ComponentType {
  let view: ComponentType | undefined;
  let loading: Promise<unknown> | undefined;
  const start = () => (loading ??= load().then((module) => (view = pick(module))));
  function Later() {
    const { t } = useTranslation('app');
    const [, setLoaded] = useState(false);
    const [failed, setFailed] = useState<unknown>();
    useEffect(() => {
      if (view) return;
      let live = true;
      start().then(
        () => live && setLoaded(true),
        (error: unknown) => {
          // A failed chunk may load on the next visit (the file was being replaced).
          loading = undefined;
          if (live) setFailed(() => error);
        },
      );
      return () => void (live = false);
    }, []);
    // As a lazy view did: the error goes to the nearest error boundary.
    if (failed !== undefined) throw failed;
    const View = view;
    return View ? <View /> : <LoadingState label={t('opening', { view: t(label) })} />;
  }
  Later.displayName = `Later(${label})`;
  return Later;
}

const HistoryView = later(
  'app:nav.history',
  () => import('../views/history/HistoryView'),
  (m) => m.HistoryView,
);
const SettingsView = later(
  'app:nav.settings',
  () => import('../views/settings/SettingsView'),
  (m) => m.SettingsView,
);
const BoardView = later(
  'app:nav.board',
  () => import('../views/board/BoardView'),
  (m) => m.BoardView,
);
const AppsView = later(
  'app:nav.apps',
  () => import('../views/apps/AppsView'),
  (m) => m.AppsView,
);
const TestersView = later(
  'app:nav.testers',
  () => import('../views/testers/TestersView'),
  (m) => m.TestersView,
);
const StatusView = later(
  'app:nav.status',
  () => import('../views/status/StatusView'),
  (m) => m.StatusView,
);
const TestioView = later(
  'app:nav.testio',
  () => import('../views/testio/TestioView'),
  (m) => m.TestioView,
);
const DevicesView = later(
  'app:nav.devices',
  () => import('../views/devices/DevicesView'),
  (m) => m.DevicesView,
);
const BitbarView = later(
  'app:nav.bitbar',
  () => import('../views/bitbar-projects/BitbarView'),
  (m) => m.BitbarView,
);

export interface ViewDefinition {
  id: string;
  /** The name in the sidebar, a key in the `app` namespace. */
  labelKey: ViewLabelKey;
  /** A single glyph; the label carries the meaning. */
  icon: string;
  component: ComponentType;
  /** Shown under a divider at the bottom of the sidebar (e.g. Settings). */
  footer?: boolean;
}

/** Every view in sidebar order. The first is the start screen. */
export const views: ViewDefinition[] = [
  { id: 'upload', labelKey: 'app:nav.upload', icon: '⇪', component: UploadView },
  { id: 'history', labelKey: 'app:nav.history', icon: '☰', component: HistoryView },
  { id: 'board', labelKey: 'app:nav.board', icon: '◫', component: BoardView },
  { id: 'apps', labelKey: 'app:nav.apps', icon: '▦', component: AppsView },
  { id: 'testers', labelKey: 'app:nav.testers', icon: '☺', component: TestersView },
  { id: 'status', labelKey: 'app:nav.status', icon: '◉', component: StatusView },
  { id: 'testio', labelKey: 'app:nav.testio', icon: '◎', component: TestioView },
  { id: 'devices', labelKey: 'app:nav.devices', icon: '▯', component: DevicesView },
  { id: 'bitbar', labelKey: 'app:nav.bitbar', icon: '▷', component: BitbarView },
  {
    id: 'settings',
    labelKey: 'app:nav.settings',
    icon: '⚙',
    component: SettingsView,
    footer: true,
  },
];

/** Components rendered above every view (e.g. the window-wide drop target). */
export const overlays: ComponentType[] = [BitbarSignIn, WindowDropTarget];
