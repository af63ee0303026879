import { DropshipError } from '../../../shared/errors';
import { HttpError } from './errors';

/**
 * The one retry policy of every request (API calls and transfers). Retried: network
 * failures, stalls, 5xx, 429 (after Retry-After) and storage refusing an expired or stale
 * signed URL (with a fresh URL). Final: cancellation, every other 4xx, and proxy or
 * certificate problems, which are settings a person has to fix.
 */
export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this fails the job instead of waiting it out. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 5 * 60_000,
};

export type RetryDecision =
  | { retry: false }
  | {
      retry: true;
      delayMs: number;
      /** Ask the service for a new presigned/signed URL before the next attempt. */
      freshUrl: boolean;
      /** For the person: why we try again. */
      reason: string;
    };

/** Exponential backoff with "equal jitter": half fixed, half random, so retries spread out. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Decides after the failed attempt number `attempt` (1-based). */
export function decideRetry(
  error: unknown,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): RetryDecision {
  if (attempt >= policy.maxAttempts) return { retry: false };
  if (!(error instanceof DropshipError) || error.code === 'cancelled') return { retry: false };
  const flags = error instanceof HttpError ? error.flags : {};
  const status = error instanceof HttpError ? error.status : undefined;
  const backoff = backoffMs(attempt, policy, random);

  if (flags.freshUrl) {
    return { retry: true, delayMs: backoff, freshUrl: true, reason: error.message };
  }
  if (status === 429) {
    const asked = error instanceof HttpError ? error.retryAfterMs : undefined;
    if (asked !== undefined && asked > policy.maxRetryAfterMs) return { retry: false };
    // Honour Retry-After exactly, never earlier; without one, back off as for a 5xx.
    const delayMs = asked !== undefined ? asked + Math.round(random() * 250) : backoff;
    return { retry: true, delayMs, freshUrl: false, reason: error.message };
  }
  if (status !== undefined && status >= 500) {
    return { retry: true, delayMs: backoff, freshUrl: false, reason: error.message };
  }
  const transient = error.code === 'network' || error.code === 'timeout';
  if (status === undefined && transient && error.retryable) {
    return { retry: true, delayMs: backoff, freshUrl: false, reason: error.message };
  }
  return { retry: false };
}
