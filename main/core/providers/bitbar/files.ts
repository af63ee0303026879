import type {
  BitbarFileKind,
  BitbarProjectFile,
} from '../../../../shared/contract/bitbar-projects';
import { HttpError } from '../../http/errors';
import type { BitbarApi } from './api';
import { download, fileName, type DownloadTarget } from './download';
import { t } from '../../i18n/translate';

const KINDS: BitbarFileKind[] = ['application', 'test', 'data'];
/** A project file's kind as a person says it: "test file" (German: "die Testdatei"). */
export const kindWords = (kind: BitbarFileKind): string => t(`bitbar:kind.${kind}`);

/**
 * What files the project has. The API has no listing, so each download endpoint is asked
 * with HEAD: 200 gives the name and size, 404 means none uploaded.
 */
export async function listProjectFiles(
  api: BitbarApi,
  projectId: number,
): Promise<BitbarProjectFile[]> {
  const found = await Promise.all(
    KINDS.map(async (kind): Promise<BitbarProjectFile | undefined> => {
      try {
        const response = await api.call({
          method: 'HEAD',
          path: `v2/me/projects/${projectId}/files/${kind}`,
          action: t('bitbar:action.lookUpFile', { kind: kindWords(kind) }),
          subject: t('bitbar:subject.project', { id: projectId }),
        });
        const length = Number(response.headers['content-length']);
        return {
          kind,
          name: fileName(response.headers['content-disposition'], kindWords(kind)),
          size: Number.isFinite(length) ? length : null,
        };
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return undefined;
        throw error;
      }
    }),
  );
  return found.filter((file): file is BitbarProjectFile => file !== undefined);
}

export function downloadProjectFile(
  api: BitbarApi,
  projectId: number,
  kind: BitbarFileKind | 'all',
  target: DownloadTarget,
) {
  return download(
    api,
    {
      path:
        kind === 'all'
          ? `v2/me/projects/${projectId}/files.zip`
          : `v2/me/projects/${projectId}/files/${kind}`,
      action:
        kind === 'all'
          ? t('bitbar:action.downloadProjectFiles')
          : t('bitbar:action.downloadFile', { kind: kindWords(kind) }),
      subject:
        kind === 'all'
          ? t('bitbar:subject.projectFiles', { id: projectId })
          : t('bitbar:subject.projectFile', { kind: kindWords(kind), id: projectId }),
      fallbackName: kind === 'all' ? `project-${projectId}-files.zip` : `${kind}.bin`,
    },
    target,
  );
}
