import type { Delivery } from '../../../shared/domain/history';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import type { RESOURCES } from '../i18n/resources';
import { t } from '../i18n/translate';

type Column = keyof (typeof RESOURCES)['en']['history']['csv'];
const COLUMNS: [header: Column, value: (d: Delivery) => string | number | null][] = [
  ['finished', (d) => d.finishedAt],
  ['service', (d) => SERVICE_NAMES[d.service]],
  ['account', (d) => d.account],
  ['result', (d) => d.outcome],
  ['appId', (d) => d.appId],
  ['app', (d) => d.appName],
  ['version', (d) => d.version],
  ['build', (d) => d.build],
  ['platform', (d) => d.platform],
  ['file', (d) => d.fileName],
  ['size', (d) => d.fileSize],
  ['sha256', (d) => d.sha256],
  ['commit', (d) => d.commit],
  ['remoteId', (d) => d.remoteId],
  ['link', (d) => d.links[0]?.url ?? null],
  ['error', (d) => d.error],
];

/** RFC 4180 CSV with a header row, CRLF line ends and a BOM, so spreadsheets read UTF-8. */
export function historyCsvHeader(): string {
  return `\uFEFF${COLUMNS.map(([header]) => cell(t(`history:csv.${header}`))).join(',')}\r\n`;
}

export function historyCsvRows(deliveries: Delivery[]): string {
  return deliveries
    .map((d) => `${COLUMNS.map(([, value]) => cell(value(d))).join(',')}\r\n`)
    .join('');
}

/**
 * Quotes where needed; a text cell that starts like a formula (= + - @, tab, CR) gets a
 * leading apostrophe, because a file name or release note from a build must never run as a
 * formula when the CSV is opened in a spreadsheet.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
