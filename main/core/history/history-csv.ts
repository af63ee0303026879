import type { Delivery } from '../../../shared/domain/history';
import { SERVICE_NAMES } from '../../../shared/domain/services';

const COLUMNS: [header: string, value: (d: Delivery) => string | number | null][] = [
  ['Finished (UTC)', (d) => d.finishedAt],
  ['Service', (d) => SERVICE_NAMES[d.service]],
  ['Account', (d) => d.account],
  ['Result', (d) => d.outcome],
  ['App id', (d) => d.appId],
  ['App', (d) => d.appName],
  ['Version', (d) => d.version],
  ['Build', (d) => d.build],
  ['Platform', (d) => d.platform],
  ['File', (d) => d.fileName],
  ['Size (bytes)', (d) => d.fileSize],
  ['SHA-256', (d) => d.sha256],
  ['Git commit', (d) => d.commit],
  ['Remote id', (d) => d.remoteId],
  ['Link', (d) => d.links[0]?.url ?? null],
  ['Error', (d) => d.error],
];

/** RFC 4180 CSV with a header row, CRLF line ends and a BOM, so spreadsheets read UTF-8. */
export function historyCsvHeader(): string {
  return `\uFEFF${COLUMNS.map(([header]) => cell(header)).join(',')}\r\n`;
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
