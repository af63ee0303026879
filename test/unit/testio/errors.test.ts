import { describe, expect, it } from 'vitest';
import { testioError } from '../../../main/core/providers/testio/request';
import { readTestioError } from '../../../main/core/providers/testio/schemas';

describe('reading Test IO error bodies', () => {
  it('reads the documented {"error": "…"} shape', () => {
    expect(readTestioError({ error: 'filename is missing, file_size is missing' })).toEqual({
      message: 'filename is missing, file_size is missing',
    });
  });

  it('reads Rails-style per-field errors into fields and a sentence', () => {
    expect(readTestioError({ errors: { title: ["can't be blank"], url: ['is invalid'] } })).toEqual(
      {
        message: "title can't be blank, url is invalid",
        fields: { title: "can't be blank", url: 'is invalid' },
      },
    );
    expect(readTestioError({ errors: ['Title is too long'] })).toEqual({
      message: 'Title is too long',
    });
    expect(readTestioError({ error: { message: 'Nope' } })).toEqual({ message: 'Nope' });
  });

  it('ignores bodies that are not meant for people', () => {
    expect(readTestioError('<html><body>Bad gateway</body></html>')).toEqual({});
    expect(readTestioError(undefined)).toEqual({});
    expect(readTestioError({ status: 500 })).toEqual({});
  });
});

describe('Test IO errors as sentences', () => {
  const call = { action: 'reject bug 7', subject: 'bug 7' };

  it('400 names the action and what is missing', () => {
    const error = testioError(400, { error: 'reason is missing, comment is missing' }, call);
    expect(error).toMatchObject({ code: 'rejected', retryable: false, service: 'testio' });
    expect(error.message).toBe(
      'Test IO could not reject bug 7: reason is missing, comment is missing.',
    );
  });

  it('422 drops Rails’ “Validation failed:” and keeps capitals of acronyms', () => {
    expect(
      testioError(422, { error: 'Validation failed: Bug has already been accepted.' }, call)
        .message,
    ).toBe('Test IO refused to reject bug 7: bug has already been accepted.');
    expect(testioError(422, { error: 'URL is not reachable' }, call).message).toBe(
      'Test IO refused to reject bug 7: URL is not reachable.',
    );
  });

  it('401 and 404 say what to do, without the service’s words', () => {
    expect(testioError(401, { error: 'Invalid or missing API token' }, call)).toMatchObject({
      code: 'unauthorized',
      message: 'Test IO did not accept the API token.',
    });
    expect(testioError(404, { error: 'Bug not found' }, call).message).toBe(
      'Test IO could not find bug 7.',
    );
  });

  it('keeps the shared wording and retry for server trouble and rate limits', () => {
    expect(testioError(503, undefined, call)).toMatchObject({
      code: 'server_error',
      retryable: true,
    });
    const limited = testioError(429, undefined, call, 2_000);
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 2_000 });
  });
});
