import { joinUrl, parseResponse } from '../../http/request';
import { memoryKey } from '../../transfer/job-memory';
import type { DeliveredBuild, ServiceUploader, UploadRun } from '../../transfer/uploader';
import { buildContentType } from '../../transfer/wire/multipart';
import { ensureTestioOk, testioHeaders, testioRequest } from './request';
import {
  BinaryAppResponseSchema,
  UploadUrlResponseSchema,
  type BinaryApp,
  type UploadUrl,
} from './upload-schemas';
import { t } from '../../i18n/translate';
import { refusalWords } from '../../i18n/shared-words';

/** The presigned POST handed out for this job: reused by retries, never written to disk. */
const PRESIGN = memoryKey<UploadUrl>('testio.presign');

/**
 * Test IO binary apps (testio-binary-apps.txt). Up to `uploads.testioDirectUploadLimit`:
 * multipart POST /binary_apps. Above it: GET /binary_apps/upload_url → S3 presigned POST
 * → PUT /binary_apps/{id} to finalize with the inspected bundle id and version.
 *
 * Duplicates: the large path checkpoints "S3 holds the file for binary app N", so a retry
 * or a restart only finalizes again (a PUT, idempotent). The direct POST cannot be checked
 * (Test IO has no way to list binary apps): a retry after one takes the storage route, and
 * if the direct attempt's last byte had gone out the job warns of a possible second copy.
 */
export const testioUploader: ServiceUploader<'testio'> = {
  service: 'testio',
  get duplicateRisk() {
    return t('testio:upload.duplicateRisk');
  },

  refuse: (file) => refusalWords('testio', file.fileName, file.size),

  async upload(run) {
    return sendsDirect(run) ? uploadDirect(run) : uploadViaStorage(run);
  },
};

/**
 * The direct POST is used for a first try only: once one has started sending, every retry
 * goes through storage, whose steps can be repeated without making a second binary app.
 */
function sendsDirect(run: UploadRun<'testio'>): boolean {
  return (
    run.file.size <= run.settings.uploads.testioDirectUploadLimit && run.saved.sending !== true
  );
}

async function uploadDirect(run: UploadRun<'testio'>): Promise<DeliveredBuild> {
  const response = await run.send({
    shape: 'multipart',
    url: joinUrl(run.credentials.baseUrl, 'binary_apps'),
    headers: testioHeaders(run.credentials),
    fields: [],
    fileField: 'file',
  });
  ensureTestioOk(response, { action: t('testio:action.uploadBinary') });
  const { binary_app } = parseResponse('testio', BinaryAppResponseSchema, response.body);
  return delivered(binary_app);
}

async function uploadViaStorage(run: UploadRun<'testio'>): Promise<DeliveredBuild> {
  const stored = typeof run.saved.storedFor === 'number' ? run.saved.storedFor : undefined;
  let binaryAppId = stored;
  if (binaryAppId === undefined || run.freshUrl) {
    let presign = run.memory.get(PRESIGN);
    if (!presign || run.freshUrl) {
      presign = await testioRequest(
        run.credentials,
        {
          method: 'GET',
          path: 'binary_apps/upload_url',
          signal: run.signal,
          action: t('testio:action.prepareUpload'),
        },
        UploadUrlResponseSchema,
      );
      run.memory.set(PRESIGN, presign);
      run.save({ binaryAppId: presign.binary_app_id });
    }
    await run.send({
      shape: 'presigned-post',
      presign: { url: presign.url, fields: presign.fields },
    });
    binaryAppId = presign.binary_app_id;
    run.save({ storedFor: binaryAppId });
  }
  run.phase('finalizing');
  const { binary_app } = await testioRequest(
    run.credentials,
    {
      method: 'PUT',
      path: `binary_apps/${binaryAppId}`,
      json: {
        filename: run.file.fileName,
        file_size: run.file.size,
        content_type: buildContentType(run.file.fileName),
        ...(run.build?.id ? { bundle_identifier: run.build.id } : {}),
        ...(run.build?.version ? { bundle_version: run.build.version } : {}),
      },
      signal: run.signal,
      action: t('testio:action.finishUpload'),
      subject: t('testio:subject.binaryApp', { id: binaryAppId }),
    },
    BinaryAppResponseSchema,
  );
  return delivered(binary_app);
}

function delivered(app: BinaryApp): DeliveredBuild {
  const bundle = [app.bundle_identifier, app.bundle_version].filter(Boolean).join(' ');
  return {
    headline: app.filename
      ? t('testio:upload.headline', { file: app.filename })
      : t('testio:upload.headlineNoName'),
    remoteId: String(app.id),
    details: [
      ...(app.filename ? [{ label: t('testio:upload.file'), value: app.filename }] : []),
      ...(bundle ? [{ label: t('testio:upload.bundle'), value: bundle }] : []),
      ...(app.status ? [{ label: t('testio:upload.status'), value: statusWords(app.status) }] : []),
    ],
    links: app.url ? [{ label: t('testio:upload.download'), url: app.url }] : [],
  };
}

function statusWords(status: string): string {
  return status === 'new' ? t('testio:upload.statusNew') : status.replace(/_/g, ' ');
}
