import { currentLanguage } from './translate';

/**
 * Numbers, sizes and dates in the language the core speaks (Intl). English keeps the
 * forms the app has always written, so its sentences stay exactly as they were.
 */
export function formatNumber(value: number, fractionDigits?: number): string {
  const digits =
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  const language = currentLanguage();
  // English has always written 1234567; German groups as its readers expect (1.234.567).
  return new Intl.NumberFormat(language, { useGrouping: language !== 'en', ...digits }).format(
    value,
  );
}

/** "1.5 MB" / "1,5 MB" (1 MB = 1024² bytes, as everywhere in the app). */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "20 Nov 2026, 09:00 UTC" / "20. Nov. 2026, 09:00 UTC"; undefined for a bad date. */
export function formatUtcMinute(iso: string | undefined): string | undefined {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const language = currentLanguage();
  if (language === 'en') {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
  }
  const text = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
  return `${text} UTC`;
}

/** A local date and time in the reader's form ("12 Nov 2026, 14:05" / "12.11.2026, 14:05"). */
export function formatLocalDateTime(date: Date): string {
  return date.toLocaleString(currentLanguage() === 'en' ? undefined : currentLanguage(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
