import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { currentLanguage, i18n } from '../../i18n';

/**
 * A delivery's result is written by main, in English (the CLI prints the same words). Its
 * labels are a small fixed set, so the screen words them in the person's language; a label
 * main adds later shows as main wrote it.
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

/** Main's headline names the app and version; in another language, where it went. */
export function resultHeadline(headline: string, service: ServiceId): string {
  return currentLanguage() === 'en'
    ? headline
    : i18n.t('upload:result.headline', { service: SERVICE_NAMES[service] });
}
