import { z } from 'zod';
import { ERROR_CODES, type DropshipErrorShape } from './errors';
import { SERVICE_IDS } from './domain/services';

/**
 * The zod schemas of shared/errors.ts, for the IPC contract and anything that validates
 * an error or a service name from outside. Apart so that code which only throws errors
 * (the CLI's `inspect`, the inspection worker) starts without loading zod.
 */
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export const ServiceIdSchema = z.enum(SERVICE_IDS);

export const DropshipErrorSchema: z.ZodType<DropshipErrorShape> = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  service: ServiceIdSchema.optional(),
  retryable: z.boolean(),
  hint: z.string().optional(),
  /** Field-level problems (form validation), keyed by the field's name in the input. */
  fields: z.record(z.string(), z.string()).optional(),
});
