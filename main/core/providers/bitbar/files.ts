import type {
  BitbarFileKind,
  BitbarProjectFile,
} from '../../../../shared/contract/bitbar-projects';
import { HttpError } from '../../http/errors';
import type { BitbarApi } from './api';
import { download, fileName, type DownloadTarget } from './download';

const KINDS: BitbarFileKind[] = ['application', 'test', 'data'];
/** A project file's kind as a person says it: "the test file". */
export const KIND_WORDS: Record<BitbarFileKind, string> = {
  application: 'application',
  test: 'test file',
  data: 'data file',
};

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
          action: `look up the project's ${KIND_WORDS[kind]}`,
          subject: `project ${projectId}`,
        });
        const length = Number(response.headers['content-length']);
        return {
          kind,
          name: fileName(response.headers['content-disposition'], KIND_WORDS[kind]),
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
      action: `download the ${kind === 'all' ? 'project files' : KIND_WORDS[kind]}`,
      subject:
        kind === 'all'
          ? `files of project ${projectId}`
          : `a ${KIND_WORDS[kind]} in project ${projectId}`,
      fallbackName: kind === 'all' ? `project-${projectId}-files.zip` : `${kind}.bin`,
    },
    target,
  );
}
