import {
  bugStatusWords,
  humanize,
  severityWords,
  testStatusWords,
  type Worded,
} from '../../../../shared/domain/testio-words';
import type { Translate } from '../../lib/translate';

/**
 * Test IO's values in the person's language. Shared keeps the English words (the CLI and
 * the board's export use them) and the tones; a value Test IO adds later reads as its own
 * words, underscores removed.
 */
type Keys = Record<string, string>;

const TEST_STATUS: Keys = {
  pending: 'testio:testStatus.pending',
  running: 'testio:testStatus.running',
  completed: 'testio:testStatus.completed',
  cancelled: 'testio:testStatus.cancelled',
};

const TEST_STATUS_DETAIL: Keys = {
  pending: 'testio:testStatusDetail.pending',
  running: 'testio:testStatusDetail.running',
  completed: 'testio:testStatusDetail.completed',
  cancelled: 'testio:testStatusDetail.cancelled',
};

const BUG_STATUS: Keys = {
  new: 'testio:bugStatus.new',
  accepted: 'testio:bugStatus.accepted',
  rejected: 'testio:bugStatus.rejected',
  fixed: 'testio:bugStatus.fixed',
};

const SEVERITY: Keys = {
  critical: 'testio:severity.critical',
  high: 'testio:severity.high',
  low: 'testio:severity.low',
  visual: 'testio:severity.visual',
  content: 'testio:severity.content',
  custom: 'testio:severity.custom',
};

const TESTING_TYPE: Keys = {
  coverage: 'testio:testingType.coverage',
  usability: 'testio:testingType.usability',
  rapid: 'testio:testingType.rapid',
  focused: 'testio:testingType.focused',
};

const TESTING_TYPE_DETAIL: Keys = {
  coverage: 'testio:testingTypeDetail.coverage',
  usability: 'testio:testingTypeDetail.usability',
  rapid: 'testio:testingTypeDetail.rapid',
  focused: 'testio:testingTypeDetail.focused',
};

const TESTING_TYPE_IN_SENTENCE: Keys = {
  coverage: 'testio:testingTypeInSentence.coverage',
  usability: 'testio:testingTypeInSentence.usability',
  rapid: 'testio:testingTypeInSentence.rapid',
  focused: 'testio:testingTypeInSentence.focused',
};

const PRODUCT_TYPE: Keys = {
  website: 'testio:productType.website',
  mobile_app_ios: 'testio:productType.mobile_app_ios',
  mobile_app_android: 'testio:productType.mobile_app_android',
  streaming_app: 'testio:productType.streaming_app',
};

const REPORT_LANGUAGE: Keys = {
  en: 'testio:reportLanguage.en',
  de: 'testio:reportLanguage.de',
};

const EXPORT_STATUS: Keys = {
  not_exported: 'testio:exportStatus.not_exported',
  export_requested: 'testio:exportStatus.export_requested',
  exported: 'testio:exportStatus.exported',
};

const REJECT_REASON: Keys = {
  known_bug: 'testio:rejectReason.known_bug',
  not_reproducible: 'testio:rejectReason.not_reproducible',
  works_as_designed: 'testio:rejectReason.works_as_designed',
  out_of_scope: 'testio:rejectReason.out_of_scope',
  duplicate: 'testio:rejectReason.duplicate',
  insufficient_information: 'testio:rejectReason.insufficient_information',
};

const INDUSTRY: Keys = {
  retail: 'testio:industry.retail',
  finance: 'testio:industry.finance',
  travel: 'testio:industry.travel',
  media: 'testio:industry.media',
  health: 'testio:industry.health',
  education: 'testio:industry.education',
  automotive: 'testio:industry.automotive',
  other: 'testio:industry.other',
};

/** The words for `value` from a table, or `fallback` for a value the table does not know. */
function word(t: Translate, table: Keys, value: string, fallback = humanize(value)): string {
  const key = Object.hasOwn(table, value) ? table[value] : undefined;
  return key ? t(key) : fallback;
}

export function testStatus(t: Translate, status: string): Worded & { detail: string } {
  return {
    tone: testStatusWords(status).tone,
    label: word(t, TEST_STATUS, status),
    detail: word(t, TEST_STATUS_DETAIL, status, ''),
  };
}

export const bugStatus = (t: Translate, status: string): Worded => ({
  tone: bugStatusWords(status).tone,
  label: word(t, BUG_STATUS, status),
});

export const severity = (t: Translate, value: string): Worded => ({
  tone: severityWords(value).tone,
  label: word(t, SEVERITY, value),
});

export const testingType = (t: Translate, type: string) => word(t, TESTING_TYPE, type);
export const testingTypeDetail = (t: Translate, type: string) =>
  word(t, TESTING_TYPE_DETAIL, type, '');
/** As it reads inside a sentence: "a coverage test" / "ein Coverage-Test". */
export const testingTypeInSentence = (t: Translate, type: string) =>
  word(t, TESTING_TYPE_IN_SENTENCE, type);

export const productType = (t: Translate, type: string | undefined) =>
  type ? word(t, PRODUCT_TYPE, type) : t('testio:productType.none');

export const industry = (t: Translate, value: string | undefined) =>
  value ? word(t, INDUSTRY, value) : undefined;

export const reportLanguage = (t: Translate, language: string | undefined) =>
  language ? word(t, REPORT_LANGUAGE, language, language.toUpperCase()) : undefined;

export const exportStatus = (t: Translate, status: string) => word(t, EXPORT_STATUS, status);

export const rejectReason = (t: Translate, reason: string) => word(t, REJECT_REASON, reason);
