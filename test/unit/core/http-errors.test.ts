import { describe, expect, it } from 'vitest';
import { networkError, parseRetryAfter, statusError } from '../../../main/core/http/errors';
import { joinUrl } from '../../../main/core/http/request';
import { redact } from '../../../main/core/redact';

describe('HTTP errors', () => {
  it('maps statuses to codes and retryability', () => {
    expect(statusError('installr', 401, undefined)).toMatchObject({
      code: 'unauthorized',
      retryable: false,
    });
    expect(statusError('installr', 404, undefined)).toMatchObject({
      code: 'not_found',
      retryable: false,
    });
    expect(statusError('testio', 422, 'title is missing')).toMatchObject({
      code: 'rejected',
      message: 'Test IO: title is missing',
    });
    expect(statusError('bitbar', 429, undefined, 2000)).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 2000,
    });
    expect(statusError('productscience', 503, undefined)).toMatchObject({
      code: 'server_error',
      retryable: true,
    });
  });

  it('reads Retry-After as seconds or a date, and caps it', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(parseRetryAfter('999999')).toBe(600_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('names only the host of a failing URL, never its signed query', () => {
    const error = networkError('testio', 'https://bucket.s3.example.com/up?X-Amz-Signature=abc', {
      code: 'ECONNREFUSED',
    });
    expect(error.message).toBe('Could not reach Test IO at bucket.s3.example.com.');
    expect(error.message).not.toContain('Signature');
    expect(error.retryable).toBe(true);
  });

  it('joins base URLs that carry a path', () => {
    expect(
      joinUrl('https://api.test.io/customer/v2/', '/binary_apps', { page: 2, skip: undefined }),
    ).toBe('https://api.test.io/customer/v2/binary_apps?page=2');
  });
});

describe('redact', () => {
  it('removes tokens, basic-auth userinfo and signed query strings from log text', () => {
    const text = redact(
      'X-InstallrAppToken: abc123 authorization: Token zzz https://key:@cloud.bitbar.com/api https://s3/x?X-Amz-Signature=1&a=2',
    );
    expect(text).not.toMatch(/abc123|zzz|key:@|Signature=1/);
  });
});
