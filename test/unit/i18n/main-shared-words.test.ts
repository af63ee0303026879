import { afterEach, describe, expect, it } from 'vitest';
import { describeInvalidEmails, parseEmails } from '../../../shared/domain/emails';
import { dropRefusal, GIB, refusalFor } from '../../../shared/domain/upload-rules';
import { SERVICE_IDS } from '../../../shared/errors';
import {
  dropRefusalWords,
  invalidEmailsWords,
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
