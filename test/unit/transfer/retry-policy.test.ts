import { describe, expect, it } from 'vitest';
import { HttpError, networkError, statusError } from '../../../main/core/http/errors';
import { stalledError, TransferError } from '../../../main/core/transfer/errors';
import {
  backoffMs,
  decideRetry,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from '../../../main/core/http/retry-policy';
import { DropshipError } from '../../../shared/errors';

const policy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};
const low = () => 0;
const high = () => 0.999999;

describe('retry policy', () => {
  it('retries 5xx with exponential backoff, equal jitter and a cap', () => {
    const error = statusError('installr', 503, undefined);
    const delays = [1, 2, 3, 4].map((attempt) => {
      const decision = decideRetry(error, attempt, policy, low);
      return decision.retry ? decision.delayMs : -1;
    });
    expect(delays).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(10, policy, high)).toBe(8000);
    expect(backoffMs(10, policy, low)).toBe(4000);
  });

  it('stops after maxAttempts', () => {
    expect(decideRetry(statusError('testio', 500, undefined), 5, policy, low)).toEqual({
      retry: false,
    });
  });

  it('honours Retry-After on 429, never earlier, and gives up if it is too long', () => {
    const polite = statusError('bitbar', 429, undefined, 3000);
    const decision = decideRetry(polite, 1, policy, high);
    expect(decision.retry && decision.delayMs).toBeGreaterThanOrEqual(3000);
    expect(decision.retry && decision.delayMs).toBeLessThan(3300);
    expect(decideRetry(statusError('bitbar', 429, undefined, 120_000), 1, policy)).toEqual({
      retry: false,
    });
    const noHeader = decideRetry(statusError('bitbar', 429, undefined), 2, policy, low);
    expect(noHeader.retry && noHeader.delayMs).toBe(1000);
  });

  it('retries network failures and stalls, but not cancellation', () => {
    const dropped = networkError('installr', 'http://127.0.0.1:1/apps.json', {
      code: 'ECONNRESET',
    });
    expect(decideRetry(dropped, 1, policy, low).retry).toBe(true);
    expect(decideRetry(stalledError('testio', 30), 1, policy, low).retry).toBe(true);
    const cancelled = new DropshipError({ code: 'cancelled', retryable: false, message: 'x' });
    expect(decideRetry(cancelled, 1, policy).retry).toBe(false);
  });

  it('treats other 4xx as final', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 422]) {
      expect(decideRetry(statusError('installr', status, 'no'), 1, policy).retry).toBe(false);
    }
  });

  it('asks for a fresh URL when storage refuses the signed one', () => {
    const expired = new TransferError(
      { code: 'forbidden', retryable: true, message: 'expired' },
      403,
      undefined,
      { storage: true, freshUrl: true },
    );
    const decision = decideRetry(expired, 1, policy, low);
    expect(decision).toMatchObject({ retry: true, freshUrl: true });
  });

  it('does not retry errors that are not ours (bugs must surface)', () => {
    expect(decideRetry(new Error('boom'), 1, policy).retry).toBe(false);
    expect(
      decideRetry(new HttpError({ code: 'internal', retryable: false, message: 'x' }), 1).retry,
    ).toBe(false);
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeGreaterThan(1);
  });
});
