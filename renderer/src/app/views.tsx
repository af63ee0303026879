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

export interface ViewDefinition {
  id: string;
  label: string;
  /** A single glyph; the label carries the meaning. */
  icon: string;
  component: ComponentType;
  /** Shown under a divider at the bottom of the sidebar (e.g. Settings). */
  footer?: boolean;
}

/** Every view in sidebar order. The first is the start screen. */
export const views: ViewDefinition[] = [
  { id: 'upload', label: 'Upload', icon: '⇪', component: UploadView },
  { id: 'history', label: 'History', icon: '☰', component: HistoryView },
  { id: 'board', label: 'Status board', icon: '◫', component: BoardView },
  { id: 'apps', label: 'Apps', icon: '▦', component: AppsView },
  { id: 'testers', label: 'Testers', icon: '☺', component: TestersView },
  { id: 'status', label: 'App status', icon: '◉', component: StatusView },
  { id: 'testio', label: 'Test IO', icon: '◎', component: TestioView },
  { id: 'devices', label: 'Devices', icon: '▯', component: DevicesView },
  { id: 'bitbar', label: 'Bitbar runs', icon: '▷', component: BitbarView },
  { id: 'settings', label: 'Settings', icon: '⚙', component: SettingsView, footer: true },
];

/** Components rendered above every view (e.g. the window-wide drop target). */
export const overlays: ComponentType[] = [BitbarSignIn, WindowDropTarget];
