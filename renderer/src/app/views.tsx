import { lazy, type ComponentType } from 'react';
import { UploadView } from '../views/upload/UploadView';
import { WindowDropTarget } from '../views/upload/WindowDropTarget';
import { BitbarSignIn } from '../views/bitbar-session/BitbarSignIn';

/**
 * A view loaded when first opened: the start screen (Upload) comes up without waiting
 * for the code of views the person may never visit.
 */
function later<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  return lazy(async () => ({ default: pick(await load()) }));
}

const HistoryView = later(
  () => import('../views/history/HistoryView'),
  (m) => m.HistoryView,
);
const SettingsView = later(
  () => import('../views/settings/SettingsView'),
  (m) => m.SettingsView,
);
const BoardView = later(
  () => import('../views/board/BoardView'),
  (m) => m.BoardView,
);
const AppsView = later(
  () => import('../views/apps/AppsView'),
  (m) => m.AppsView,
);
const TestersView = later(
  () => import('../views/testers/TestersView'),
  (m) => m.TestersView,
);
const StatusView = later(
  () => import('../views/status/StatusView'),
  (m) => m.StatusView,
);
const TestioView = later(
  () => import('../views/testio/TestioView'),
  (m) => m.TestioView,
);
const DevicesView = later(
  () => import('../views/devices/DevicesView'),
  (m) => m.DevicesView,
);
const BitbarView = later(
  () => import('../views/bitbar-projects/BitbarView'),
  (m) => m.BitbarView,
);

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
