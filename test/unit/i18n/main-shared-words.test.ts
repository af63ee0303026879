import { afterEach, describe, expect, it } from 'vitest';
import { describeInvalidEmails, parseEmails } from '../../../shared/domain/emails';
import { dropRefusal, GIB, refusalFor } from '../../../shared/domain/upload-rules';
import { noticeSentence, type DiffNotice } from '../../../shared/domain/build-diff';
import { JobStateSchema } from '../../../shared/contract/uploads';
import { dropSummaryLine, jobStateWords } from '../../../shared/domain/job-words';
import { SERVICE_IDS } from '../../../shared/domain/services';
import {
  dropRefusalWords,
  dropSummaryWords,
  invalidEmailsWords,
  jobStateLabel,
  noticeWords,
  refusalWords,
} from '../../../main/core/i18n/shared-words';
import { useLanguage } from '../../../main/core/i18n/translate';

afterEach(() => void useLanguage('en'));

const FILES: [string, number][] = [
  ['app.apk', 10],
  ['app.ipa', 10],
  ['app.aab', 10],
  ['app.zip', 10],
  ['app', 10],
  ['app.apk', 0],
  ['big.apk', 1.5 * GIB],
];

describe("main's words for the shared rules' cases", () => {
  it('read in English exactly as shared/domain words them', () => {
    useLanguage('en');
    for (const service of SERVICE_IDS) {
      for (const [name, size] of FILES) {
        expect(refusalWords(service, name, size)).toBe(refusalFor(service, name, size));
      }
    }
    for (const kind of ['application', 'test', 'data'] as const) {
      for (const [name, size] of FILES) {
        expect(refusalWords('bitbar', name, size, kind)).toBe(
          refusalFor('bitbar', name, size, kind),
        );
      }
    }
    for (const name of ['notes.txt', 'app.apk', 'archive']) {
      expect(dropRefusalWords(name)).toBe(dropRefusal(name));
    }
    for (const text of ['a', 'a@b', 'a@b.c x@y@z', 'good@example.com, @x.org']) {
      const { invalid } = parseEmails(text);
      if (invalid.length) expect(invalidEmailsWords(invalid)).toBe(describeInvalidEmails(invalid));
    }
    for (const state of JobStateSchema.options) {
      for (const attempt of [1, 2]) {
        const job = { state, service: 'testio' as const, attempt };
        expect(jobStateLabel(job)).toEqual(jobStateWords(job));
      }
    }
    const outcomes = [
      { delivered: ['installr' as const], failed: [], cancelled: [] },
      { delivered: [...SERVICE_IDS], failed: [], cancelled: [] },
      {
        delivered: ['installr' as const],
        failed: ['bitbar' as const],
        cancelled: ['testio' as const],
      },
      { delivered: [], failed: ['bitbar' as const], cancelled: [] },
    ];
    for (const outcome of outcomes) {
      expect(dropSummaryWords(outcome)).toBe(dropSummaryLine(outcome));
    }
    const notices: DiffNotice[] = [
      { kind: 'other-app', old: 'a', new: 'b' },
      { kind: 'other-platform' },
      { kind: 'same-build', build: '7' },
      { kind: 'build-down', old: '8', new: '7' },
      { kind: 'version-down', old: '2.0', new: '1.9' },
    ];
    for (const notice of notices) expect(noticeWords(notice)).toBe(noticeSentence(notice));
  });

  it('read in German with the locale’s numbers', () => {
    useLanguage('de');
    expect(refusalWords('testio', 'big.apk', 1.5 * GIB)).toBe(
      'Test IO nimmt Dateien bis 1 GB; diese hat 1,50 GB.',
    );
    expect(refusalWords('productscience', 'app.aab', 10)).toMatch(/^Product Science nimmt keine/);
    expect(dropRefusalWords('notes.txt')).toMatch(/^notes\.txt ist kein Build\./);
    expect(invalidEmailsWords(parseEmails('a@b').invalid)).toBe(
      '„a@b“ ist keine E-Mail-Adresse (der Teil nach dem „@“ braucht einen Punkt, etwa example.com).',
    );
  });
});
