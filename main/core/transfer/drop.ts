import type { UploadTarget } from '../../../shared/contract/uploads';
import { DropshipError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { inspectBuild } from '../inspect';
import type { TransferEngine } from './transfer-engine';
import { fileAt } from './describe-file';
import type { BuildFacts } from './job-store';
import { t } from '../i18n/translate';

/**
 * Checks everything that can be checked before the first byte (the file, each service's
 * extension and size rules, each connection), then queues one job per service. If any
 * target is refused, nothing is sent anywhere.
 */
export async function startDrop(
  ctx: CoreContext,
  engine: TransferEngine,
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
      hint: t('transfer:refusedHint'),
      fields: problems,
    });
  }
  // Not connected is known now, not after a queue wait.
  for (const target of targets) await ctx.accounts.credentials(target.service, target.account);
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
