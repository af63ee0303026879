import type { ComponentType } from 'react';
import { SettingsView } from '../views/settings/SettingsView';
import { BoardView } from '../views/board/BoardView';
import { AppsView } from '../views/apps/AppsView';
import { TestersView } from '../views/testers/TestersView';
import { StatusView } from '../views/status/StatusView';
import { TestioView } from '../views/testio/TestioView';
import { UploadView } from '../views/upload/UploadView';
import { WindowDropTarget } from '../views/upload/WindowDropTarget';
import { DevicesView } from '../views/devices/DevicesView';
import { BitbarView } from '../views/bitbar-projects/BitbarView';
import { BitbarSignIn } from '../views/bitbar-session/BitbarSignIn';

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
