import type { HttpContext } from '../framework/http-context';
import type { GcsStorage, GcsUploadEvent } from '../storage/gcs-put';
import { psError } from './api';
import { buildBody, type BuildRecord, type BuildType, type ProductScienceState } from './state';

export const BUILD_BUCKET = 'productscience-sandbox-builds';
/** The documented upload headers; they are signed into the URL, so they must match exactly. */
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';
export const UPLOAD_LENGTH_RANGE: [number, number] = [0, 1073741824];

const BUILD_TYPES: BuildType[] = ['APK', 'INSTRUMENTED_APK'];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Step 1: POST /api/v1/projects/{projectName}/build-uploads. */
export function createUploadContext(ctx: HttpContext, state: ProductScienceState): void {
  ctx.req.resume();
  const projectName = ctx.params.projectName ?? '';
  if (!state.projects.has(projectName))
    return psError(ctx, 404, `Project '${projectName}' not found`);
  const context = { id: state.nextContextId(), projectName, dateCreated: new Date().toISOString() };
  state.contexts.set(context.id, context);
  ctx.json(200, { id: context.id, dateCreated: context.dateCreated });
}

/** Step 2: POST /api/v1/projects/{projectName}/builds → uploadSpec + build (UPLOADING). */
export async function submitBuild(
  ctx: HttpContext,
  state: ProductScienceState,
  storage: GcsStorage,
): Promise<void> {
  const projectName = ctx.params.projectName ?? '';
  if (!state.projects.has(projectName))
    return psError(ctx, 404, `Project '${projectName}' not found`);
  const body = await ctx.readJson();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return psError(ctx, 400, 'Required request body is missing or is not a JSON object');
  }
  const input = body as Record<string, unknown>;
  const problems = validate(input);
  if (problems.length > 0) return psError(ctx, 400, problems.join('; '));

  const contextId = Number(input.contextId);
  const context = state.contexts.get(contextId);
  if (!context || context.projectName !== projectName) {
    return psError(
      ctx,
      400,
      `Upload context ${contextId} does not exist in project '${projectName}'`,
    );
  }
  if (context.buildId !== undefined) {
    // Sandbox assumption: one build per upload context (the doc obtains a context per build).
    return psError(
      ctx,
      409,
      `Upload context ${contextId} already has build ${context.buildId}; obtain a new context`,
    );
  }
  const optional = (key: string) =>
    typeof input[key] === 'string' ? (input[key] as string) : null;
  const id = state.nextBuildId();
  const buildFileName = input.buildFileName as string;
  const build: BuildRecord = {
    id,
    contextId,
    projectName,
    buildType: input.buildType as BuildType,
    buildFileName,
    name: optional('name'),
    description: optional('description'),
    sourceControlId: optional('sourceControlId'),
    sourceControlIsoTimestamp: optional('sourceControlIsoTimestamp'),
    dateCreated: new Date().toISOString(),
    uploadState: 'UPLOADING',
    storage: {
      bucket: BUILD_BUCKET,
      object: `projects/${projectName}/builds/${id}/${buildFileName}`,
    },
  };
  state.builds.set(id, build);
  context.buildId = id;
  const signed = storage.signPutUrl({
    ...build.storage,
    contentType: UPLOAD_CONTENT_TYPE,
    contentLengthRange: UPLOAD_LENGTH_RANGE,
  });
  ctx.json(200, { uploadSpec: signed, build: buildBody(build) });
}

function validate(input: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const { contextId, buildType, buildFileName, sourceControlIsoTimestamp } = input;
  if (contextId === undefined || contextId === null || contextId === '')
    problems.push('contextId is required');
  else if (!/^\d+$/.test(String(contextId)) || typeof contextId === 'boolean') {
    problems.push('contextId must be an integer');
  }
  if (buildType === undefined || buildType === null) problems.push('buildType is required');
  else if (!BUILD_TYPES.includes(buildType as BuildType)) {
    problems.push(`buildType must be one of ${BUILD_TYPES.join(', ')}`);
  }
  if (typeof buildFileName !== 'string' || buildFileName.trim() === '')
    problems.push('buildFileName is required');
  else if (/[/\\]/.test(buildFileName))
    problems.push('buildFileName must be a file name, not a path');
  for (const key of ['name', 'description', 'sourceControlId', 'sourceControlIsoTimestamp']) {
    const value = input[key];
    if (value !== undefined && value !== null && typeof value !== 'string')
      problems.push(`${key} must be a string`);
  }
  if (
    typeof sourceControlIsoTimestamp === 'string' &&
    !(
      ISO_8601.test(sourceControlIsoTimestamp) &&
      !Number.isNaN(Date.parse(sourceControlIsoTimestamp))
    )
  ) {
    problems.push(
      'sourceControlIsoTimestamp must be an ISO 8601 timestamp, e.g. 2024-03-07T14:55:43.540Z',
    );
  }
  return problems;
}

/** Step 3 lands in the bucket: the build finishes when its PUT is stored, fails when refused. */
export function trackUploads(state: ProductScienceState, storage: GcsStorage): () => void {
  return storage.onUpload((event: GcsUploadEvent) => {
    if (event.bucket !== BUILD_BUCKET) return;
    const build = [...state.builds.values()].find((b) => b.storage.object === event.object);
    if (!build) return;
    if (event.outcome === 'stored') {
      build.uploadState = 'FINISHED';
      build.file = { size: event.file.size, sha256: event.file.sha256, path: event.file.path };
      delete build.refusal;
    } else if (build.uploadState !== 'FINISHED') {
      build.uploadState = 'FAILED';
      build.refusal = { status: event.status, code: event.code };
    }
  });
}
