import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, i18n, startI18n } from '../../../renderer/src/i18n';
import { formatLocaleFor, resolveLanguage } from '../../../renderer/src/i18n/languages';
import {
  formatBytes,
  formatDate,
  formatDay,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRelative,
} from '../../../renderer/src/ui/format';

const NOW = Date.parse('2026-11-30T12:00:00Z');

afterEach(() => startI18n('en-US', 'system'));

describe('the interface language', () => {
  it('follows the OS locale unless the person chose one', () => {
    expect(resolveLanguage('system', 'de-AT')).toBe('de');
    expect(resolveLanguage('system', 'fr-FR')).toBe('en');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
    expect(resolveLanguage('de', 'en-US')).toBe('de');
  });

  it('writes numbers in the OS locale when it is in that language, else the language’s', () => {
    expect(formatLocaleFor('de', 'de-AT')).toBe('de-AT');
    expect(formatLocaleFor('de', 'en-US')).toBe('de');
    expect(formatLocaleFor('en', 'de-DE')).toBe('en');
  });

  it('switches i18next and the formats together', () => {
    startI18n('de-DE', 'system');
    expect(currentLanguage()).toBe('de');
    expect(i18n.t('common:ago.justNow')).toBe('gerade eben');
    startI18n('de-DE', 'en');
    expect(i18n.t('common:ago.justNow')).toBe('just now');
  });
});

describe('formats in English', () => {
  it('keeps the sizes, durations and ages the views showed before', () => {
    startI18n('en-US', 'system');
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1_320_000)).toBe('1.3 MB');
    expect(formatBytes(23_410_000)).toBe('23 MB');
    expect(formatDuration(65)).toBe('1 min 5 s');
    expect(formatRelative(NOW - 3_000, NOW)).toBe('just now');
    expect(formatRelative(NOW - 42_000, NOW)).toBe('42 s ago');
    expect(formatRelative(NOW - 86_400_000, NOW)).toBe('1 day ago');
    expect(formatRelative(NOW - 3 * 86_400_000, NOW)).toBe('3 days ago');
    expect(formatNumber(12345.5)).toBe('12,345.5');
    expect(formatPercent(0.42)).toBe('42%');
  });
});

describe('formats in German', () => {
  it('writes decimal commas, German units and plurals', () => {
    startI18n('de-DE', 'system');
    expect(formatBytes(0)).toBe('0 Byte');
    expect(formatBytes(1_320_000)).toBe('1,3 MB');
    expect(formatBytes(1_500_000_000)).toBe('1,5 GB');
    expect(formatDuration(65)).toBe('1 Min. 5 s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3 Std. 2 Min.');
    expect(formatRelative(NOW - 3_000, NOW)).toBe('gerade eben');
    expect(formatRelative(NOW - 2 * 60_000, NOW)).toBe('vor 2 Min.');
    expect(formatRelative(NOW - 86_400_000, NOW)).toBe('vor 1 Tag');
    expect(formatRelative(NOW - 3 * 86_400_000, NOW)).toBe('vor 3 Tagen');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    expect(formatPercent(0.42)).toBe('42\u00a0%');
  });

  it('writes dates the German way', () => {
    startI18n('de-DE', 'system');
    expect(formatDate('2025-03-04T09:05:00Z')).toMatch(/^04\.03\.2025, \d\d:05$/);
    expect(formatDay('2025-12-03T12:00:00Z')).toBe('3. Dez. 2025');
  });
});
