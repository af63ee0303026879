/**
 * S3 presigned POST (Test IO's large-file path): every `fields` entry first, in the order
 * given, with `${filename}` in `key` replaced by the file's name; the file part last and
 * named `file`, as S3 requires. Nothing is added: S3 refuses fields the policy does not name.
 */
export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

export function presignedPostFields(presign: PresignedPost, fileName: string): [string, string][] {
  return Object.entries(presign.fields).map(([name, value]) => [
    name,
    name === 'key' ? value.split('${filename}').join(fileName) : value,
  ]);
}

/** The object key the file lands under (what the finalize step must match). */
export function presignedKey(presign: PresignedPost, fileName: string): string | undefined {
  return presignedPostFields(presign, fileName).find(([name]) => name === 'key')?.[1];
}

/** S3 answers a successful POST with `success_action_status` (201 → XML), else 204. */
export function expectedPostStatus(presign: PresignedPost): number {
  const asked = Number(presign.fields.success_action_status);
  return [200, 201, 204].includes(asked) ? asked : 204;
}

export const PRESIGNED_FILE_FIELD = 'file';
