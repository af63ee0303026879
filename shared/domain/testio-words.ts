import type {
  ExportStatus,
  KnownBugStatus,
  KnownSeverity,
  KnownTestStatus,
  ProductType,
  RejectReason,
  ReportLanguage,
  TestingType,
} from './testio';
import type { Tone } from './tone';

/**
 * Test IO's values in plain words, in one place so every screen (Test IO views, the
 * status board, the CLI) says the same thing. A value Test IO adds later falls back to
 * its own words with underscores removed, never to a raw enum.
 */

export interface Worded {
  label: string;
  tone: Tone;
}

const TEST_STATUS: Record<KnownTestStatus, Worded & { detail: string }> = {
  pending: { label: 'Waiting to start', tone: 'neutral', detail: 'Testers are being invited.' },
  running: {
    label: 'Testers at work',
    tone: 'info',
    detail: 'Bugs arrive as testers report them.',
  },
  completed: { label: 'Finished', tone: 'good', detail: 'All reports are in.' },
  cancelled: { label: 'Cancelled', tone: 'warning', detail: 'The test was stopped early.' },
};

const BUG_STATUS: Record<KnownBugStatus, Worded> = {
  new: { label: 'Needs review', tone: 'info' },
  accepted: { label: 'Accepted', tone: 'good' },
  rejected: { label: 'Rejected', tone: 'neutral' },
  fixed: { label: 'Fixed', tone: 'good' },
};

const SEVERITY: Record<KnownSeverity, Worded> = {
  critical: { label: 'Critical', tone: 'bad' },
  high: { label: 'High', tone: 'warning' },
  low: { label: 'Low', tone: 'neutral' },
  visual: { label: 'Visual glitch', tone: 'neutral' },
  content: { label: 'Wrong content', tone: 'neutral' },
  custom: { label: 'Custom report', tone: 'neutral' },
};

export const TESTING_TYPE_WORDS: Record<TestingType, { label: string; detail: string }> = {
  coverage: { label: 'Coverage', detail: 'Broad testing of the whole product' },
  usability: { label: 'Usability', detail: 'How easy the product is to use' },
  rapid: { label: 'Rapid', detail: 'Quick feedback in a couple of hours' },
  focused: { label: 'Focused', detail: 'Only high and critical bugs' },
};

export const PRODUCT_TYPE_WORDS: Record<ProductType, string> = {
  website: 'Website',
  mobile_app_ios: 'iOS app',
  mobile_app_android: 'Android app',
  streaming_app: 'Streaming app',
};

export const REPORT_LANGUAGE_WORDS: Record<ReportLanguage, string> = {
  en: 'English',
  de: 'German',
};

export const EXPORT_STATUS_WORDS: Record<ExportStatus, string> = {
  not_exported: 'Not exported yet',
  export_requested: 'Export requested',
  exported: 'Exported',
};

export const REJECT_REASON_WORDS: Record<RejectReason, string> = {
  known_bug: 'Already known',
  not_reproducible: 'Cannot reproduce',
  works_as_designed: 'Works as designed',
  out_of_scope: 'Outside the test’s scope',
  duplicate: 'Duplicate of another report',
  insufficient_information: 'Not enough information',
};

/** Industries offered when creating a product (Test IO takes free text). */
export const INDUSTRY_WORDS: Record<string, string> = {
  retail: 'Retail and e-commerce',
  finance: 'Banking and finance',
  travel: 'Travel and hospitality',
  media: 'Media and entertainment',
  health: 'Health',
  education: 'Education',
  automotive: 'Automotive',
  other: 'Other',
};

export function testStatusWords(status: string): Worded & { detail: string } {
  return lookup(TEST_STATUS, status) ?? { label: humanize(status), tone: 'neutral', detail: '' };
}

export function bugStatusWords(status: string): Worded {
  return lookup(BUG_STATUS, status) ?? { label: humanize(status), tone: 'neutral' };
}

export function severityWords(severity: string): Worded {
  return lookup(SEVERITY, severity) ?? { label: humanize(severity), tone: 'neutral' };
}

export function testingTypeWords(type: string): string {
  return lookup(TESTING_TYPE_WORDS, type)?.label ?? humanize(type);
}

export function productTypeWords(type: string | undefined): string {
  if (!type) return 'Product';
  return lookup(PRODUCT_TYPE_WORDS, type) ?? humanize(type);
}

export function industryWords(industry: string | undefined): string | undefined {
  if (!industry) return undefined;
  return lookup(INDUSTRY_WORDS, industry) ?? humanize(industry);
}

export function reportLanguageWords(language: string | undefined): string | undefined {
  if (!language) return undefined;
  return lookup(REPORT_LANGUAGE_WORDS, language) ?? language.toUpperCase();
}

export function rejectReasonWords(reason: string): string {
  return lookup(REJECT_REASON_WORDS, reason) ?? humanize(reason);
}

/** Whether a test may still change, so screens keep asking for its status. */
export function isTestActive(status: string): boolean {
  return status === 'pending' || status === 'running';
}

/** "customer_finalized" → "Customer finalized". */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Unknown';
}

function lookup<V>(table: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
