import { afterEach, describe, expect, it } from 'vitest';
import { describeInvalidEmails, parseEmails } from '../../../shared/domain/emails';
import { GIB, type BitbarFileKind } from '../../../shared/domain/upload-rules';
import { noticeSentence, type DiffNotice } from '../../../shared/domain/build-diff';
import { JobStateSchema } from '../../../shared/contract/uploads';
import { dropSummaryLine, jobStateWords } from '../../../shared/domain/job-words';
import { SERVICE_IDS, type ServiceId } from '../../../shared/domain/services';
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

describe("main's words for the shared rules' cases", () => {
  it('read in English as the CLI and the app have always said them', () => {
    useLanguage('en');
    const english: [ServiceId, string, number, BitbarFileKind | undefined, string | undefined][] = [
      ['installr', 'app.apk', 10, undefined, undefined],
      [
        'installr',
        'app.aab',
        10,
        undefined,
        'Installr does not take Android App Bundles (.aab); build a universal .apk instead.',
      ],
      ['productscience', 'app.ipa', 10, undefined, 'Product Science takes .apk files, not .ipa.'],
      [
        'testio',
        'app',
        10,
        undefined,
        'Test IO takes .ipa, .apk, .xap, .appx, .zip and .wgt files, not files without an extension.',
      ],
      [
        'testio',
        'big.apk',
        1.5 * GIB,
        undefined,
        'Test IO takes files up to 1 GB; this one is 1.50 GB.',
      ],
      ['installr', 'app.apk', 0, undefined, 'The file is empty (0 bytes).'],
      ['bitbar', 'app.ipa', 10, 'data', 'Bitbar takes .zip as a data file, not .ipa.'],
    ];
    for (const [service, name, size, kind, words] of english) {
      expect(refusalWords(service, name, size, kind), `${service} ${name}`).toBe(words);
    }
    expect(dropRefusalWords('notes.txt')).toBe(
      'notes.txt is not a build. Drop an .ipa or .apk (or an .aab or .zip where a service takes one).',
    );
    for (const name of ['app.apk', 'app.ipa', 'app.aab', 'app.zip']) {
      expect(dropRefusalWords(name)).toBeUndefined();
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
