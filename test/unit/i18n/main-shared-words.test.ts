import { afterEach, describe, expect, it } from 'vitest';
import { parseEmails } from '../../../shared/domain/emails';
import { GIB, type BitbarFileKind } from '../../../shared/domain/upload-rules';
import type { DiffNotice } from '../../../shared/domain/build-diff';
import type { DropOutcome } from '../../../shared/domain/job';
import { JobStateSchema } from '../../../shared/contract/uploads';
import { jobStateWords } from '../../../shared/domain/job-words';
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
    const emails: [string, string][] = [
      ['a', '“a” is not an email address (missing “@”).'],
      ['a@b', '“a@b” is not an email address (the part after “@” needs a dot, like example.com).'],
      ['a@b.c x@y@z', 'These are not email addresses: “a@b.c”, “x@y@z”.'],
      ['good@example.com, @x.org', '“@x.org” is not an email address (nothing before “@”).'],
    ];
    for (const [text, words] of emails) {
      expect(invalidEmailsWords(parseEmails(text).invalid)).toBe(words);
    }
    for (const state of JobStateSchema.options) {
      for (const attempt of [1, 2]) {
        const job = { state, service: 'testio' as const, attempt };
        expect(jobStateLabel(job)).toEqual(jobStateWords(job));
      }
    }
    const outcomes: [DropOutcome, string][] = [
      [{ delivered: ['installr'], failed: [], cancelled: [] }, 'Delivered to Installr.'],
      [{ delivered: [...SERVICE_IDS], failed: [], cancelled: [] }, 'Delivered to all 4 services.'],
      [
        { delivered: ['installr'], failed: ['bitbar'], cancelled: ['testio'] },
        'Delivered to 1 of 3; Bitbar failed; Test IO cancelled.',
      ],
      [{ delivered: [], failed: ['bitbar'], cancelled: [] }, 'Bitbar failed.'],
    ];
    for (const [outcome, words] of outcomes) expect(dropSummaryWords(outcome)).toBe(words);
    const notices: [DiffNotice, string][] = [
      [{ kind: 'other-app', old: 'a', new: 'b' }, 'These are two different apps (a and b).'],
      [{ kind: 'other-platform' }, 'One build is for Android and the other for iOS.'],
      [
        { kind: 'same-build', build: '7' },
        "The build number is still 7: testers won't be offered this as an update.",
      ],
      [
        { kind: 'build-down', old: '8', new: '7' },
        "The build number went down from 8 to 7: testers won't be offered this as an update.",
      ],
      [{ kind: 'version-down', old: '2.0', new: '1.9' }, 'The version went down from 2.0 to 1.9.'],
    ];
    for (const [notice, words] of notices) expect(noticeWords(notice)).toBe(words);
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
