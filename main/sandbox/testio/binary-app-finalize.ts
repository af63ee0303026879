import type { HttpContext } from '../framework/http-context';
import { testioError } from './api';
import {
  extensionError,
  finalizedBody,
  hasAllowedExtension,
  objectUrl,
  tooLargeError,
} from './binary-app-rules';
import type { TestioEnv } from './emulator';

const REQUIRED = ['filename', 'file_size', 'content_type'] as const;

/**
 * PUT /binary_apps/{id}: checks the metadata, then that S3 holds the object at
 * `uploads/binary_app/package/<id>/<filename>` with exactly `file_size` bytes.
 * 400 for missing/invalid parameters, 422 for validation and storage mismatches.
 */
export async function finalizeBinaryApp(ctx: HttpContext, env: TestioEnv): Promise<void> {
  const rawId = ctx.params.id ?? '';
  const app = /^\d+$/.test(rawId) ? env.state.binaryApps.get(Number(rawId)) : undefined;
  if (!app) return testioError(ctx, 404, `Couldn't find BinaryApp with 'id'=${rawId}`);

  const params = await readParams(ctx);
  if (!params) return testioError(ctx, 400, 'The request body is not valid JSON');
  const missing = REQUIRED.filter(
    (name) => params[name] === undefined || params[name] === null || params[name] === '',
  );
  if (missing.length > 0)
    return testioError(ctx, 400, missing.map((n) => `${n} is missing`).join(', '));
  const invalid = [
    typeof params.filename !== 'string' && 'filename',
    !isByteCount(params.file_size) && 'file_size',
    typeof params.content_type !== 'string' && 'content_type',
    !isOptionalString(params.bundle_identifier) && 'bundle_identifier',
    !isOptionalString(params.bundle_version) && 'bundle_version',
  ].filter((name): name is string => typeof name === 'string');
  if (invalid.length > 0)
    return testioError(ctx, 400, invalid.map((n) => `${n} is invalid`).join(', '));

  const filename = String(params.filename);
  const fileSize = Number(params.file_size);
  const limit = env.limits.binaryAppBytes;
  if (filename.includes('/'))
    return testioError(ctx, 422, 'Validation failed: Filename must not contain "/"');
  if (!hasAllowedExtension(filename)) return testioError(ctx, 422, extensionError(filename));
  if (fileSize > limit) return testioError(ctx, 422, tooLargeError(limit));

  const key = `uploads/binary_app/package/${app.id}/${filename}`;
  const object = env.storage.objects.get(key);
  if (!object) return testioError(ctx, 422, `File not found in S3: ${key}`);
  if (object.size > limit) return testioError(ctx, 422, tooLargeError(limit));
  if (object.size !== fileSize) {
    return testioError(
      ctx,
      422,
      `Validation failed: File size ${fileSize} does not match the uploaded file (${object.size} bytes in S3)`,
    );
  }
  Object.assign(app, {
    status: 'new',
    filename,
    file_size: fileSize,
    content_type: String(params.content_type),
    bundle_identifier: (params.bundle_identifier as string | undefined) ?? null,
    bundle_version: (params.bundle_version as string | undefined) ?? null,
    storageKey: key,
    url: objectUrl(env.storage.url, key),
  });
  ctx.json(200, finalizedBody(app));
}

/** JSON (as documented) or form-encoded, which a Grape API accepts as well. */
async function readParams(ctx: HttpContext): Promise<Record<string, unknown> | undefined> {
  const text = await ctx.readText();
  if (/application\/x-www-form-urlencoded/i.test(ctx.header('content-type') ?? '')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An integer byte count; numeric strings count too, as Grape coerces them. */
function isByteCount(value: unknown): boolean {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}
