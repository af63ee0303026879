import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BuildInfo } from '../../../shared/domain/build-info';
import type { FileFacts, UploadTarget } from '../../../shared/contract/uploads';
import { dropRefusal, refusalFor } from '../../../shared/domain/upload-rules';
import { DropshipError, SERVICE_IDS } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { inspectBuild } from '../inspect';
import type { UploadService } from './upload-service';
import type { BuildFacts } from './job-store';

/** The file at `path` as the Upload view shows it. Refuses non-builds before anything else. */
export async function describeFile(path: string): Promise<FileFacts> {
  const { fileName, size } = await fileAt(path);
  let build: BuildInfo | undefined;
  let inspectError: string | undefined;
  try {
    build = await inspectBuild(path);
  } catch (error) {
    inspectError = error instanceof DropshipError ? error.message : 'The build could not be read.';
  }
  const services = SERVICE_IDS.map((service) => {
    const reason = refusalFor(service, fileName, size);
    return { service, accepted: !reason, ...(reason ? { reason } : {}) };
  });
  return {
    path,
    fileName,
    size,
    ...(build ? { build } : {}),
    ...(inspectError ? { inspectError } : {}),
    services,
  };
}

/**
 * Checks everything that can be checked before the first byte (the file, each service's
 * extension and size rules, each connection), then queues one job per service. If any
 * target is refused, nothing is sent anywhere.
 */
export async function startDrop(
  ctx: CoreContext,
  engine: UploadService,
  path: string,
  targets: UploadTarget[],
  commit?: string,
) {
  const { fileName, size } = await fileAt(path);
  const settings = ctx.settings.read();
  const problems: Record<string, string> = {};
  for (const target of targets) {
    const reason = engine.uploader(target.service).refuse({ fileName, size }, target, settings);
    if (reason) problems[target.service] = reason;
  }
  const refused = Object.entries(problems);
  if (refused.length > 0) {
    throw new DropshipError({
      code: 'unsupported_file',
      retryable: false,
      message: refused.map(([, reason]) => reason).join(' '),
      hint: 'Untick the services that cannot take this file, or drop another file.',
      fields: problems,
    });
  }
  // Not connected is known now, not after a queue wait.
  for (const target of targets) await ctx.accounts.credentials(target.service);
  // Read again rather than taken from the renderer: main describes the bytes it will send
  // (the file may have changed since the drop). It costs milliseconds: only the zip's
  // directory, manifest and icon are read.
  const inspected = await buildFacts(path);
  const build = inspected && commit ? { ...inspected, commit } : inspected;
  const created = await engine.create({ filePath: path, fileName, fileSize: size, build, targets });
  return { ...created, appId: build?.id };
}

async function buildFacts(path: string): Promise<BuildFacts | undefined> {
  try {
    const info = await inspectBuild(path);
    return {
      platform: info.platform,
      id: info.id,
      name: info.name,
      version: info.version,
      build: info.build,
    };
  } catch {
    return undefined; // a data .zip for Bitbar, say: deliverable without metadata
  }
}

async function fileAt(path: string): Promise<{ fileName: string; size: number }> {
  const fileName = basename(path);
  const refusal = dropRefusal(fileName);
  if (refusal) {
    throw new DropshipError({ code: 'unsupported_file', retryable: false, message: refusal });
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    return { fileName, size: info.size };
  } catch {
    throw new DropshipError({
      code: 'not_found',
      retryable: false,
      message: `Dropship cannot open ${fileName}.`,
      hint: 'It may have been moved or deleted; drop it again.',
    });
  }
}
