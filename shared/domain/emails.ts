/**
 * Email lists as people paste them: from a spreadsheet column, a mail client's "To:" line
 * or a chat message. Shared so the invite form points out problems as the person types
 * and the handler refuses exactly the same things.
 */
export interface InvalidEmail {
  /** What the person typed, as found in the text. */
  value: string;
  /** Why it is not an email address, in a few plain (English) words. */
  reason: string;
  /** The same reason as a stable code, for a screen that words it in its own language. */
  problem: EmailProblem;
}

export interface ParsedEmails {
  /** Valid addresses, first spelling kept, in the order pasted. */
  valid: string[];
  invalid: InvalidEmail[];
  /** Addresses pasted more than once (case-insensitively), as first written; sent once. */
  duplicates: string[];
}

/** Commas, semicolons, spaces and line breaks all separate addresses. */
const SEPARATORS = /[\s,;]+/;

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export const EMAIL_PROBLEM_WORDS = {
  no_at: 'missing “@”',
  nothing_before_at: 'nothing before “@”',
  nothing_after_at: 'nothing after “@”',
  several_at: 'more than one “@”',
  bad_local: 'a character an email address cannot have before “@”',
  no_dot: 'the part after “@” needs a dot, like example.com',
  bad_domain: 'the part after “@” is not a domain',
  short_ending: 'the domain ending is too short',
} as const;
export type EmailProblem = keyof typeof EMAIL_PROBLEM_WORDS;

/** Why `value` is not an email address, as a code, or undefined when it is one. */
export function emailProblemCode(value: string): EmailProblem | undefined {
  const at = value.lastIndexOf('@');
  if (at < 0) return 'no_at';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!local) return 'nothing_before_at';
  if (!domain) return 'nothing_after_at';
  if (local.includes('@')) return 'several_at';
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'bad_local';
  }
  const labels = domain.split('.');
  if (labels.length < 2) return 'no_dot';
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return 'bad_domain';
  if ((labels[labels.length - 1] ?? '').length < 2) return 'short_ending';
  return undefined;
}

/** Why `value` is not an email address, in English words, or undefined when it is one. */
export function emailProblem(value: string): string | undefined {
  const problem = emailProblemCode(value);
  return problem && EMAIL_PROBLEM_WORDS[problem];
}

/** Splits, trims (also `<…>` and quotes around an address), checks and de-duplicates. */
export function parseEmails(text: string): ParsedEmails {
  const result: ParsedEmails = { valid: [], invalid: [], duplicates: [] };
  /** Lower-cased address → how it was first written. */
  const seen = new Map<string, string>();
  for (const part of text.split(SEPARATORS)) {
    const value = part.trim().replace(/^[<"']+|[>"']+$/g, '');
    if (!value) continue;
    const key = value.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      if (!result.duplicates.includes(first)) result.duplicates.push(first);
      continue;
    }
    seen.set(key, value);
    const problem = emailProblemCode(value);
    if (problem) result.invalid.push({ value, reason: EMAIL_PROBLEM_WORDS[problem], problem });
    else result.valid.push(value);
  }
  return result;
}

/** One sentence naming the invalid addresses, for a form field or an error. */
export function describeInvalidEmails(
  invalid: readonly Pick<InvalidEmail, 'value' | 'reason'>[],
): string {
  if (invalid.length === 1) {
    const [only] = invalid;
    return `“${only!.value}” is not an email address (${only!.reason}).`;
  }
  return `These are not email addresses: ${invalid.map((i) => `“${i.value}”`).join(', ')}.`;
}
