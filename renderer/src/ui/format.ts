import { currentFormatLocale, i18n } from '../i18n';

/**
 * Human formats shared by every view, in the interface's locale (Intl for numbers and
 * dates, the `common` namespace for units and words). Components that call these also
 * call `useTranslation`, so they render again when the language changes.
 */
function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(currentFormatLocale(), options);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(options).format(value);
}

/** 0.42 → "42%" (en) / "42 %" (de). */
export function formatPercent(fraction: number, fractionDigits = 0): string {
  return formatNumber(fraction, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000)
    return i18n.t('common:size.bytes', { count: bytes, value: formatNumber(bytes) });
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  const number = formatNumber(value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${number} ${SIZE_UNITS[unit]}`;
}

/**
 * A size a service wrote in its own words ("23.41 MB", ".00 MB") in ours ("23 MB"), so
 * one screen does not mix two formats. Text that is not a size comes back as it was.
 */
export function formatSizeWords(text: string): string {
  const match = /^\s*(\d*\.?\d+)\s*(bytes|KB|MB|GB|TB)\s*$/i.exec(text);
  if (!match) return text;
  const units = ['BYTES', 'KB', 'MB', 'GB', 'TB'];
  const power = units.indexOf(match[2]!.toUpperCase());
  return formatBytes(Math.round(Number(match[1]) * 1000 ** power));
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60)
    return i18n.t('common:duration.seconds', { s: Math.max(1, Math.round(seconds)) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60)
    return i18n.t('common:duration.minutes', { m: minutes, s: Math.round(seconds % 60) });
  return i18n.t('common:duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** A moment as the person's locale writes it; `iso` may also be epoch milliseconds. */
export function formatDate(iso: string | number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleString(currentFormatLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatRelative(iso: string | number, now = Date.now()): string {
  const then = typeof iso === 'number' ? iso : Date.parse(iso);
  if (Number.isNaN(then)) return String(iso);
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 5) return i18n.t('common:ago.justNow');
  if (seconds < 60) return i18n.t('common:ago.seconds', { count: seconds });
  if (seconds < 3600) return i18n.t('common:ago.minutes', { count: Math.round(seconds / 60) });
  if (seconds < 86400) return i18n.t('common:ago.hours', { count: Math.round(seconds / 3600) });
  return i18n.t('common:ago.days', { count: Math.round(seconds / 86400) });
}

/** A day as people say it in passing: "3 Dec" this year, "3 Dec 2025" otherwise. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleDateString(currentFormatLocale(), {
    day: 'numeric',
    month: 'short',
    ...(thisYear ? {} : { year: 'numeric' }),
  });
}

/** A list as the locale joins it: "A, B and C" / "A, B und C". */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction') {
  return new Intl.ListFormat(currentFormatLocale(), { style: 'long', type }).format(items);
}
