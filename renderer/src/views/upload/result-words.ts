import { i18n } from '../../i18n';

/**
 * A delivery's result is written by main in the language of its day, and kept: a result
 * or history entry written in English still has its labels (a small fixed set) worded in
 * the person's language now; any other label shows as main wrote it.
 */
const LABELS: Record<string, string> = {
  App: 'upload:result.label.app',
  Version: 'upload:result.label.version',
  Notified: 'upload:result.label.notified',
  'Build file': 'upload:result.label.buildFile',
  Icon: 'upload:result.label.icon',
  Project: 'upload:result.label.project',
  Name: 'upload:result.label.name',
  Build: 'upload:result.label.build',
  Type: 'upload:result.label.type',
  Commit: 'upload:result.label.commit',
  'Download from Test IO': 'upload:result.label.downloadTestio',
  'Open in Installr': 'upload:result.label.openInstallr',
  'Instrumented APK': 'upload:productscience.instrumentedApk',
};

export function resultLabel(label: string): string {
  const key = LABELS[label];
  return key ? i18n.t(key) : label;
}
