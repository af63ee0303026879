import { z } from 'zod';

/** testio-binary-apps.txt: the bodies of the three binary-app endpoints. */
export const BinaryAppSchema = z.object({
  id: z.number(),
  filename: z.string().nullish(),
  file_size: z.number().nullish(),
  url: z.string().nullish(),
  content_type: z.string().nullish(),
  bundle_identifier: z.string().nullish(),
  bundle_version: z.string().nullish(),
  status: z.string().nullish(),
});
export type BinaryApp = z.output<typeof BinaryAppSchema>;

export const BinaryAppResponseSchema = z.object({ binary_app: BinaryAppSchema });

export const UploadUrlResponseSchema = z.object({
  binary_app_id: z.number(),
  url: z.string(),
  fields: z.record(z.string(), z.string()).refine((f) => typeof f.key === 'string', {
    message: 'fields.key is required',
  }),
});
export type UploadUrl = z.output<typeof UploadUrlResponseSchema>;
