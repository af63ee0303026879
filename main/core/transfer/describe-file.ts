import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileFacts } from '../../../shared/contract/uploads';
import type { BuildInfo } from '../../../shared/domain/build-info';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_IDS } from '../../../shared/domain/services';
import { t } from '../i18n/translate';
import { dropRefusalWords, refusalWords } from '../i18n/shared-words';

/**
 * The file at `path` as the Upload view shows it. Refuses non-builds before anything else.
 * `inspect` reads the build: the app passes its worker pool (main/core/inspect), while
 * `dropship inspect` reads on its own thread. Apart from drop.ts so that the CLI's inspect
 * loads neither the worker pool nor the transfer engine.
 */
export async function describeFile(
  path: string,
  inspect: (path: string) => Promise<BuildInfo>,
): Promise<FileFacts> {
  const { fileName, size } = await fileAt(path);
  let build: BuildInfo | undefined;
  let inspectError: string | undefined;
  try {
    build = await inspect(path);
  } catch (error) {
    inspectError = error instanceof DropshipError ? error.message : t('transfer:unreadableBuild');
  }
  const services = SERVICE_IDS.map((service) => {
    const reason = refusalWords(service, fileName, size);
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

/** The file's name and size, after the drop rules (extension) allow it. */
export async function fileAt(path: string): Promise<{ fileName: string; size: number }> {
  const fileName = basename(path);
  const refusal = dropRefusalWords(fileName);
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
      message: t('transfer:cannotOpen', { file: fileName }),
      hint: t('transfer:cannotOpenHint'),
    });
  }
}
