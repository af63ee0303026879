import { z } from 'zod';
import type { BitbarFileKind } from '../../../../shared/domain/upload-rules';
import { parseResponse } from '../../http/request';
import type { DeliveredBuild, ServiceUploader } from '../../transfer/uploader';
import type { BitbarApi } from './api';
import { bitbarError } from './errors';
import { kindWords } from './files';
import { ApiFileSchema } from './schemas';
import { currentFileMatches, projectFor, type ProjectRef } from './upload-project';
import { t } from '../../i18n/translate';
import { formatLocalDateTime } from '../../i18n/format';
import { refusalWords } from '../../i18n/shared-words';

/** The file Object, or the fileTest Object with what Bitbar read from a test package. */
const UploadedFileSchema = ApiFileSchema.extend({
  mainActivity: z.string().nullish(),
  minSdk: z.number().nullish(),
  packageName: z.string().nullish(),
  bundleName: z.string().nullish(),
  bundleIdentifier: z.string().nullish(),
});
type UploadedFile = z.output<typeof UploadedFileSchema>;

/**
 * Bitbar project files (bitbar-testing-api-v2.txt "Project files"): multipart POST
 * `me/projects/{id}/files/{application|test|data}` with the file in `file`, through the
 * Bitbar client's one auth path (API key as basic user, or OAuth with refresh on 401).
 *
 * Duplicates: a project holds one file per kind and an upload replaces it. After an
 * attempt whose answer was lost, `findDelivered` reads the project's current file of that
 * kind: the same name and size means it landed, so it is not sent again. The project
 * (looked up, or created once) is settled inside the job and checkpointed before the
 * first byte, so retries and restarts reuse it.
 */
export function bitbarUploader(api: BitbarApi): ServiceUploader<'bitbar'> {
  return {
    service: 'bitbar',

    refuse: (file, target) => refusalWords('bitbar', file.fileName, file.size, target.fileKind),

    async upload(run) {
      const project = await projectFor(api, run);
      const kind = run.target.fileKind;
      const purpose = {
        action: t('bitbar:action.uploadFile', { kind: kindWords(kind) }),
        subject: t('bitbar:subject.project', { id: project.id }),
      };
      const response = await api.authorized(
        run.credentials,
        `v2/me/projects/${project.id}/files/${kind}`,
        undefined,
        (request) =>
          run.send({
            shape: 'multipart',
            url: request.url,
            headers: request.headers,
            fields: [],
            fileField: 'file',
          }),
      );
      if (response.status < 200 || response.status >= 300) {
        throw bitbarError(response, purpose, run.credentials.auth);
      }
      const file = parseResponse('bitbar', UploadedFileSchema, response.body);
      return delivered(project, kind, file);
    },

    async findDelivered(run) {
      const project = await projectFor(api, run);
      const kind = run.target.fileKind;
      if (!(await currentFileMatches(api, run, project, kind))) return undefined;
      return {
        headline: t('bitbar:delivered.headline', {
          file: run.file.fileName,
          kind: kindWords(kind),
          project: project.name,
        }),
        remoteId: `${project.id}/${kind}`,
        details: [
          {
            label: t('bitbar:delivered.project'),
            value: t('bitbar:delivered.projectWithId', { name: project.name, id: project.id }),
          },
          { label: t('bitbar:delivered.name'), value: run.file.fileName },
        ],
        links: [],
      };
    },
  };
}

function delivered(project: ProjectRef, kind: BitbarFileKind, file: UploadedFile): DeliveredBuild {
  const optional = (label: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? [] : [{ label, value: String(value) }];
  return {
    headline: t('bitbar:delivered.headline', {
      file: file.originalName,
      kind: kindWords(kind),
      project: project.name,
    }),
    remoteId: String(file.id),
    details: [
      { label: t('bitbar:delivered.project'), value: project.name },
      { label: t('bitbar:delivered.name'), value: file.originalName },
      // Not Bitbar's own size words: they count in 1024s and would contradict "1.7 MB sent".
      ...optional(
        t('bitbar:delivered.uploaded'),
        file.uploadTime ? localTime(file.uploadTime) : null,
      ),
      ...optional(t('bitbar:delivered.package'), file.packageName),
      ...optional(t('bitbar:delivered.minSdk'), file.minSdk),
      ...optional(t('bitbar:delivered.mainActivity'), file.mainActivity),
      ...optional(t('bitbar:delivered.bundle'), file.bundleIdentifier ?? file.bundleName),
    ],
    links: [],
  };
}

/** A moment as the person's own clock and language put it ("23 Nov 2026, 15:20"). */
function localTime(epochMs: number): string {
  return formatLocalDateTime(new Date(epochMs));
}
