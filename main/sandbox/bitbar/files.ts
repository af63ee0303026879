import { readFile } from 'node:fs/promises';
import type { HttpContext } from '../framework/http-context';
import { MalformedForm, readMultipart } from '../framework/receive';
import type { Router } from '../framework/router';
import { authed, projectFor, type BitbarEnv } from './env';
import { ApiFailure, respond, sendResource } from './http';
import type { FileKind, Project, StoredFile } from './state';
import { zipArchive } from './zip';

const KINDS: FileKind[] = ['application', 'test', 'data'];

export function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

/** The file Object (or fileTest Object for test files) of the doc. */
export function presentFile(file: StoredFile, project: Project) {
  const base = {
    id: file.id,
    originalName: file.originalName,
    readableSize: readableSize(file.size),
    uploadTime: file.uploadTime,
  };
  if (file.kind !== 'test') return base;
  return project.type === 'IOS'
    ? { ...base, bundleName: null, bundleIdentifier: null }
    : { ...base, mainActivity: null, minSdk: null, packageName: null };
}

/** What each upload accepts: apps by platform, data as a ZIP package. */
function checkName(kind: FileKind, project: Project, name: string): void {
  const lower = name.toLowerCase();
  const ios = project.type === 'IOS';
  if (kind === 'data' && !lower.endsWith('.zip')) {
    throw new ApiFailure(400, 'Data file should be a ZIP package');
  }
  if (kind === 'application' && !lower.endsWith(ios ? '.ipa' : '.apk')) {
    throw new ApiFailure(
      400,
      `Invalid application file: an ${ios ? 'iOS project needs an .ipa' : 'Android project needs an .apk'}`,
    );
  }
  if (kind === 'test' && !ios && !lower.endsWith('.apk')) {
    throw new ApiFailure(400, 'Invalid test file: Android tests are an .apk');
  }
}

async function upload(env: BitbarEnv, ctx: HttpContext, project: Project, kind: FileKind) {
  if (!(ctx.header('content-type') ?? '').startsWith('multipart/form-data')) {
    ctx.req.resume();
    throw new ApiFailure(400, 'Content-Type must be multipart/form-data');
  }
  const emulator = env.emulator!;
  let body;
  try {
    body = await readMultipart(ctx, emulator.filesDir);
  } catch (error) {
    if (error instanceof MalformedForm) throw new ApiFailure(400, 'Malformed multipart body');
    throw error;
  }
  const received = body.files.find((f) => f.field === 'file');
  if (!received) throw new ApiFailure(400, "Parameter 'file' is required");
  emulator.received.push(...body.files);
  checkName(kind, project, received.filename);
  if (received.size === 0) throw new ApiFailure(400, 'The uploaded file is empty');
  const stored: StoredFile = {
    id: env.state.nextId('file'),
    kind,
    originalName: received.filename,
    size: received.size,
    sha256: received.sha256,
    path: received.path,
    uploadTime: env.now(),
    received,
  };
  env.state.files.set(project.id, { ...env.state.files.get(project.id), [kind]: stored });
  respond(ctx, 201, presentFile(stored, project));
}

export async function sendStored(ctx: HttpContext, file: StoredFile | undefined, what: string) {
  if (!file) throw new ApiFailure(404, `No ${what} file uploaded`);
  sendResource(ctx, await readFile(file.path), file.originalName);
}

export async function sendZip(
  ctx: HttpContext,
  files: Partial<Record<FileKind, StoredFile>>,
  name: string,
) {
  const present = KINDS.flatMap((kind) => (files[kind] ? [files[kind]] : []));
  if (present.length === 0) throw new ApiFailure(404, 'No files uploaded');
  const entries = await Promise.all(
    present.map(async (file) => ({
      name: `${file.kind}/${file.originalName}`,
      data: await readFile(file.path),
    })),
  );
  sendResource(ctx, zipArchive(entries), name, 'application/zip');
}

/** Project files: multipart uploads (field `file`), downloads (GET and HEAD), files.zip. */
export function fileRoutes(router: Router, env: BitbarEnv): void {
  for (const kind of KINDS) {
    const path = `/api/v2/me/projects/:projectId/files/${kind}`;
    router.post(
      path,
      authed(env, (ctx, user) => upload(env, ctx, projectFor(env, ctx, user), kind)),
    );
    const download = authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      return sendStored(ctx, env.state.files.get(project.id)?.[kind], kind);
    });
    router.get(path, download);
    router.on('HEAD', path, download);
  }
  router.get(
    '/api/v2/me/projects/:projectId/files.zip',
    authed(env, (ctx, user) => {
      const project = projectFor(env, ctx, user);
      return sendZip(ctx, env.state.files.get(project.id) ?? {}, `project-${project.id}-files.zip`);
    }),
  );
}
