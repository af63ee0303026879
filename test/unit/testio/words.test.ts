import { describe, expect, it } from 'vitest';
import {
  EXPORT_STATUSES,
  PRODUCT_TYPES,
  REJECT_REASONS,
  TESTING_TYPES,
} from '../../../shared/domain/testio';
import {
  EXPORT_STATUS_WORDS,
  bugStatusWords,
  humanize,
  isTestActive,
  productTypeWords,
  rejectReasonWords,
  severityWords,
  testStatusWords,
  testingTypeWords,
} from '../../../shared/domain/testio-words';

const raw = /_|^(?!iOS)[a-z]/; // an API value leaking: snake_case or an uncapitalized word

describe('Test IO values in plain words', () => {
  it('words every value we send', () => {
    for (const type of PRODUCT_TYPES) expect(productTypeWords(type)).not.toMatch(raw);
    for (const type of TESTING_TYPES) expect(testingTypeWords(type)).not.toMatch(raw);
    for (const reason of REJECT_REASONS) expect(rejectReasonWords(reason)).not.toMatch(raw);
    for (const status of EXPORT_STATUSES) expect(EXPORT_STATUS_WORDS[status]).not.toMatch(raw);
    expect(productTypeWords('mobile_app_ios')).toBe('iOS app');
  });

  it('words the statuses and severities Test IO reports, with a tone', () => {
    expect(testStatusWords('running')).toMatchObject({ label: 'Testers at work', tone: 'info' });
    expect(testStatusWords('completed').label).toBe('Finished');
    expect(bugStatusWords('new').label).toBe('Needs review');
    expect(severityWords('critical')).toEqual({ label: 'Critical', tone: 'bad' });
    expect(severityWords('visual').label).toBe('Visual glitch');
  });

  it('falls back to readable words for values Test IO adds later', () => {
    expect(testStatusWords('customer_finalized')).toMatchObject({
      label: 'Customer finalized',
      tone: 'neutral',
    });
    expect(bugStatusWords('forwarded').label).toBe('Forwarded');
    expect(severityWords('custom_report').label).toBe('Custom report');
    expect(humanize('')).toBe('Unknown');
    expect(testStatusWords('toString').label).toBe('ToString'); // own keys only
  });

  it('keeps asking for a test’s status only while it can change', () => {
    expect(isTestActive('pending')).toBe(true);
    expect(isTestActive('running')).toBe(true);
    expect(isTestActive('completed')).toBe(false);
    expect(isTestActive('cancelled')).toBe(false);
  });
});
