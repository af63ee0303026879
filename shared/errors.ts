/**
 * The one shape in which failures cross from main to the renderer (and out of the CLI).
 * `message` is written for a person; it never holds a token, a stack trace or a signed URL.
 * Plain TypeScript, no zod: the schemas live in ./error-schemas.ts, so code that only
 * throws (the CLI's `inspect`) starts without loading zod.
 */
import type { ServiceId } from './domain/services';

export const ERROR_CODES = [
  'unauthorized', // the service refused the credentials
  'forbidden', // credentials fine, action not allowed
  'not_found',
  'invalid_input', // our own validation refused the input before anything was sent
  'rejected', // the service refused the request (400/409/422)
  'conflict',
  'too_large',
  'unsupported_file',
  'rate_limited',
  'server_error',
  'network', // could not reach the service, or the connection dropped
  'proxy', // the proxy refused us (407, a bad address): a setting to fix, not retried
  'certificate', // the service's certificate is not trusted, expired or for another host
  'timeout',
  'cancelled',
  'not_connected', // no account is set up for the service
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DropshipErrorShape {
  code: ErrorCode;
  message: string;
  service?: ServiceId;
  retryable: boolean;
  hint?: string;
  /** Field-level problems (form validation), keyed by the field's name in the input. */
  fields?: Record<string, string>;
}

/** Thrown on both sides of the boundary; carries the serializable shape. */
export class DropshipError extends Error implements DropshipErrorShape {
  readonly code: ErrorCode;
  readonly service?: ServiceId;
  readonly retryable: boolean;
  readonly hint?: string;
  readonly fields?: Record<string, string>;

  constructor(shape: DropshipErrorShape) {
    super(shape.message);
    this.name = 'DropshipError';
    this.code = shape.code;
    this.retryable = shape.retryable;
    if (shape.service) this.service = shape.service;
    if (shape.hint) this.hint = shape.hint;
    if (shape.fields) this.fields = shape.fields;
  }

  toShape(): DropshipErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.service ? { service: this.service } : {}),
      retryable: this.retryable,
      ...(this.hint ? { hint: this.hint } : {}),
      ...(this.fields ? { fields: { ...this.fields } } : {}),
    };
  }
}
