import { describe, expect, it } from 'vitest';
import { describeInvalidEmails, emailProblem, parseEmails } from '../../../shared/domain/emails';

describe('parseEmails', () => {
  it('splits on commas, semicolons, spaces and line breaks, and trims', () => {
    const parsed = parseEmails(' ana@example.com,ben@example.com;\nchloe@example.org\t dev@x.io ');
    expect(parsed.valid).toEqual([
      'ana@example.com',
      'ben@example.com',
      'chloe@example.org',
      'dev@x.io',
    ]);
    expect(parsed.invalid).toEqual([]);
  });

  it('keeps the first spelling of an address pasted twice, and reports it once', () => {
    const parsed = parseEmails(
      'Ana@Example.com, ben@example.com, ana@example.com\nANA@EXAMPLE.COM',
    );
    expect(parsed.valid).toEqual(['Ana@Example.com', 'ben@example.com']);
    expect(parsed.duplicates).toEqual(['Ana@Example.com']);
  });

  it('points out invalid entries with a reason, keeping the valid ones', () => {
    const parsed = parseEmails('ok@example.com, nope, bad@, @example.com, a@b, x@@y.com');
    expect(parsed.valid).toEqual(['ok@example.com']);
    expect(parsed.invalid.map((i) => i.value)).toEqual([
      'nope',
      'bad@',
      '@example.com',
      'a@b',
      'x@@y.com',
    ]);
    expect(parsed.invalid[0]?.reason).toBe('missing “@”');
    expect(parsed.invalid[1]?.reason).toBe('nothing after “@”');
    expect(parsed.invalid[3]?.reason).toContain('needs a dot');
  });

  it('accepts addresses copied with angle brackets or quotes', () => {
    expect(parseEmails('<ana@example.com>, "ben@example.com"').valid).toEqual([
      'ana@example.com',
      'ben@example.com',
    ]);
  });

  it('returns nothing for blank input', () => {
    expect(parseEmails(' ,; \n')).toEqual({ valid: [], invalid: [], duplicates: [] });
  });
});

describe('emailProblem', () => {
  it.each([
    ['first.last+tag@sub.example.co.uk', undefined],
    ['a..b@example.com', 'a character an email address cannot have before “@”'],
    ['.a@example.com', 'a character an email address cannot have before “@”'],
    ['a@-example.com', 'the part after “@” is not a domain'],
    ['a@example.c', 'the domain ending is too short'],
  ])('%s', (value, problem) => {
    expect(emailProblem(value)).toBe(problem);
  });
});

describe('describeInvalidEmails', () => {
  it('explains one, lists several', () => {
    expect(describeInvalidEmails([{ value: 'bad@', reason: 'nothing after “@”' }])).toBe(
      '“bad@” is not an email address (nothing after “@”).',
    );
    expect(
      describeInvalidEmails([
        { value: 'a', reason: 'x' },
        { value: 'b', reason: 'y' },
      ]),
    ).toBe('These are not email addresses: “a”, “b”.');
  });
});
