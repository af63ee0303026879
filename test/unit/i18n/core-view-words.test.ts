import { afterEach, describe, expect, it } from 'vitest';
import type { UploadJob } from '../../../shared/contract/uploads';
import type { BoardCard } from '../../../shared/domain/board';
import { startI18n } from '../../../renderer/src/i18n';
import { errorWords } from '../../../renderer/src/ui/error-words';
import {
  ago,
  openBugsLine,
  runLabel,
  sectionNotice,
  testStatus,
  uploadLabel,
  when,
} from '../../../renderer/src/views/board/board-words';
import { cardFreshness } from '../../../renderer/src/views/board/freshness';
import {
  changeLabel,
  changeWords,
  diffWarnings,
} from '../../../renderer/src/views/upload/diff-words';
import type { BuildDiff } from '../../../shared/domain/build-diff';
import {
  jobStateLabel as stateWords,
  progressLine,
} from '../../../renderer/src/views/upload/job-words';
import { refusalWords } from '../../../renderer/src/views/upload/refusal-words';
import {
  noticeWords as mainNoticeWords,
  refusalWords as mainRefusalWords,
} from '../../../main/core/i18n/shared-words';
import { resultLabel } from '../../../renderer/src/views/upload/result-words';

const NOW = Date.parse('2026-11-23T14:00:00Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

const job = (changes: Partial<UploadJob>): UploadJob =>
  ({
    id: 'j',
    dropId: 'd',
    service: 'installr',
    state: 'uploading',
    attempt: 1,
    fileName: 'app.apk',
    fileSize: 48_000_000,
    progress: {
      bytesSent: 12_000_000,
      totalBytes: 48_000_000,
      bytesPerSecond: 6_100_000,
      etaSeconds: 6,
    },
    ...changes,
  }) as UploadJob;

afterEach(() => startI18n('en-US', 'system'));

describe('Upload, Board and error words in English (the default)', () => {
  it('stay as they were', () => {
    startI18n('en-US', 'system');
    expect(progressLine(job({}))).toBe('12 MB of 48 MB · 6.1 MB/s · about 6 s left');
    expect(stateWords(job({ state: 'finalizing' })).label).toBe('Waiting for Installr to confirm');
    expect(openBugsLine(0)).toBe('No open bugs');
    expect(openBugsLine(1)).toBe('1 open bug');
    expect(openBugsLine(3)).toBe('3 open bugs');
    expect(when(before(3 * DAY), NOW)).toBe('3 days ago (Nov 20)');
    expect(resultLabel('Build file')).toBe('Build file');
    expect(
      errorWords({ code: 'unauthorized', service: 'installr', retryable: false, message: 'No.' }),
    ).toEqual({ headline: 'No.' });
  });
});

describe('Upload, Board and error words in German', () => {
  it('count, date and word things the German way', () => {
    startI18n('de-DE', 'system');
    expect(progressLine(job({}))).toBe('12 MB von 48 MB · 6,1 MB/s · noch etwa 6 s');
    expect(progressLine(job({ state: 'done' }))).toBe('48 MB gesendet');
    expect(stateWords(job({ state: 'finalizing' })).label).toBe(
      'Wartet auf Bestätigung von Installr',
    );
    expect(
      changeLabel({
        kind: 'permission-added',
        label: 'Permission CAMERA',
        old: null,
        new: 'CAMERA',
      }),
    ).toBe('Berechtigung CAMERA');
    expect(changeWords({ kind: 'permission-added', label: '', old: null, new: 'CAMERA' })).toBe(
      'hinzugefügt',
    );
    expect(
      changeWords({ kind: 'size', label: '', old: 4_200_000, new: 4_500_000, bytes: 300_000 }),
    ).toBe('4,2 MB → 4,5 MB (+300 KB)');
  });

  it('say why a service will not take a file, as main does in English', () => {
    for (const [service, name, size] of [
      ['productscience', 'app.ipa', 10],
      ['installr', 'app.aab', 10],
      ['testio', 'big.apk', 2 * 1024 ** 3],
      ['installr', 'empty.apk', 0],
      ['installr', 'fine.apk', 10],
    ] as const) {
      startI18n('en-US', 'system');
      expect(refusalWords(service, name, size)).toBe(mainRefusalWords(service, name, size));
    }
    startI18n('de-DE', 'system');
    expect(refusalWords('productscience', 'app.ipa', 10)).toBe(
      'Product Science nimmt .apk-Dateien, nicht .ipa.',
    );
    expect(refusalWords('testio', 'big.apk', 2 * 1024 ** 3)).toBe(
      'Test IO nimmt Dateien bis 1 GB; diese hat 2,00 GB.',
    );
    expect(refusalWords('installr', 'empty.apk', 0)).toBe('Die Datei ist leer (0 Byte).');
  });

  it('warn about a build testers will not be offered, as main does in English', () => {
    const diff = {
      notices: [
        { kind: 'same-build', build: '45' },
        { kind: 'version-down', old: '2.0', new: '1.9' },
      ],
    } as BuildDiff;
    startI18n('en-US', 'system');
    expect(diffWarnings(diff)).toEqual(diff.notices.map(mainNoticeWords));
    startI18n('de-DE', 'system');
    expect(diffWarnings(diff)).toEqual([
      'Die Build-Nummer ist immer noch 45: Tester bekommen diesen Build nicht als Update angeboten.',
      'Die Version ist von 2.0 auf 1.9 gesunken.',
    ]);
  });

  it('say how long ago, with German plurals and dates', () => {
    startI18n('de-DE', 'system');
    expect(ago(before(3_000), NOW)).toBe('gerade eben');
    expect(ago(before(2 * MIN), NOW)).toBe('vor 2 Min.');
    expect(ago(before(DAY), NOW)).toBe('gestern');
    expect(when(before(3 * DAY), NOW)).toBe('vor 3 Tagen (20. Nov.)');
    expect(when('2024-11-01T09:00:00Z', NOW)).toBe('vor 2 Jahren (1. Nov. 2024)');
    expect(openBugsLine(0)).toBe('Keine offenen Fehler');
    expect(openBugsLine(1)).toBe('1 offener Fehler');
    expect(openBugsLine(4)).toBe('4 offene Fehler');
  });

  it('word the board’s codes from main, and keep main’s words for codes it does not know', () => {
    startI18n('de-DE', 'system');
    expect(testStatus({ status: 'running', statusLabel: 'x', statusDetail: 'y' }).label).toBe(
      'Tester bei der Arbeit',
    );
    expect(testStatus({ status: 'someday', statusLabel: 'Someday', statusDetail: '' }).label).toBe(
      'Someday',
    );
    expect(runLabel({ state: 'FINISHED', resultLabel: '', successRatio: 0.5 })).toBe(
      '50\u00a0% der Tests bestanden',
    );
    expect(runLabel({ resultLabel: 'From main' })).toBe('From main');
    expect(uploadLabel({ state: 'done', stateLabel: 'Delivered' })).toBe('Ausgeliefert');
    const problem = { kind: 'unreachable' as const, message: 'Installr can’t be reached' };
    expect(sectionNotice('installr', { problem, data: undefined }, NOW)).toBe(
      'Installr ist gerade nicht erreichbar',
    );
    expect(
      sectionNotice('installr', { problem, fetchedAt: before(2 * MIN), data: {} as never }, NOW),
    ).toBe('Installr ist gerade nicht erreichbar – angezeigt wird der Stand von vor 2 Min.');
    const card: BoardCard = {
      id: 'a',
      title: 'Field Notes',
      sources: [],
      refreshing: false,
      checkedAt: before(2000),
      installr: { problem },
      testio: { problem },
      bitbar: { fetchedAt: before(2000) },
    };
    expect(cardFreshness(card, NOW)).toBe('Aktualisiert gerade eben, außer Installr und Test IO');
  });

  it('show main’s error as main worded it, and an older English result label in German', () => {
    startI18n('de-DE', 'system');
    const words = errorWords({
      code: 'unauthorized',
      service: 'testio',
      retryable: false,
      message: 'Test IO hat das Token nicht akzeptiert.',
      hint: 'Prüfen Sie es in den Einstellungen.',
    });
    expect(words).toEqual({
      headline: 'Test IO hat das Token nicht akzeptiert.',
      hint: 'Prüfen Sie es in den Einstellungen.',
    });
    expect(resultLabel('Build file')).toBe('Build-Datei');
    expect(resultLabel('Something new')).toBe('Something new');
  });
});
