import { DropshipError } from '../../../../shared/errors';
import { httpOf } from '../../http/client';
import { parseRetryAfter, statusError } from '../../http/errors';
import { joinUrl, type HttpResponse } from '../../http/request';
import type { ServiceCredentials } from '../../accounts/accounts';
import { memoryKey } from '../../transfer/job-memory';
import { signedUrlExpired } from './signed-url';
import type { DeliveredBuild, ServiceUploader, UploadRun } from '../../transfer/uploader';
import type { z } from 'zod';
import {
  readPsMessage,
  SubmitBuildResponseSchema,
  UploadContextSchema,
  type SubmittedBuild,
} from './upload-schemas';
import { t } from '../../i18n/translate';
import { refusalWords } from '../../i18n/shared-words';

/** The build registered for this job and its signed upload: reused by retries, never on disk. */
const SPEC = memoryKey<SubmittedBuild>('productscience.spec');

/**
 * Product Science (productscience-build-upload.txt): 1. POST build-uploads → context id;
 * 2. POST builds with the metadata → `uploadSpec` + build; 3. the file to `uploadSpec`
 * (method, URL and headers exactly, plus Content-Length).
 *
 * Retries reuse the same build and signed URL (the PUT overwrites the same object). Only
 * when storage refuses the URL (expired) or after a restart is a new one needed, and the
 * API issues URLs per build only: the earlier build then stays without a file, which the
 * job's warning says.
 */
export const productScienceUploader: ServiceUploader<'productscience'> = {
  service: 'productscience',

  refuse: (file) => refusalWords('productscience', file.fileName, file.size),

  async upload(run) {
    let submitted = run.memory.get(SPEC);
    // Reused while its signed URL is valid: a second PUT to the same object is idempotent.
    if (!submitted || run.freshUrl || signedUrlExpired(submitted.uploadSpec.url)) {
      const abandoned = typeof run.saved.buildId === 'number' ? run.saved.buildId : undefined;
      // Without the earlier URL in memory (Dropship restarted), its upload may have arrived.
      const afterRestart = submitted === undefined;
      submitted = await registerBuild(run);
      run.memory.set(SPEC, submitted);
      run.save({ buildId: submitted.build.id });
      if (abandoned !== undefined && abandoned !== submitted.build.id) {
        run.warn(abandonedWords(abandoned, submitted.build.id, afterRestart));
      }
    }
    await run.send({ shape: 'signed-put', spec: submitted.uploadSpec });
    return delivered(run, submitted);
  },
};

function abandonedWords(abandoned: number, current: number, afterRestart: boolean): string {
  return t(afterRestart ? 'productscience:abandonedMayHold' : 'productscience:abandonedEmpty', {
    abandoned,
    current,
  });
}

async function registerBuild(run: UploadRun<'productscience'>): Promise<SubmittedBuild> {
  const { target } = run;
  const project = `api/v1/projects/${encodeURIComponent(target.projectName)}`;
  const context = await psRequest(
    run.credentials,
    { method: 'POST', path: `${project}/build-uploads`, signal: run.signal },
    UploadContextSchema,
    target.projectName,
  );
  const optional = (key: string, value: string) => (value ? { [key]: value } : {});
  return psRequest(
    run.credentials,
    {
      method: 'POST',
      path: `${project}/builds`,
      signal: run.signal,
      json: {
        contextId: String(context.id),
        buildType: target.buildType,
        buildFileName: run.file.fileName,
        name: target.name || run.build?.version || run.file.fileName,
        ...optional('description', target.description),
        ...optional('sourceControlId', target.sourceControlId),
        ...optional('sourceControlIsoTimestamp', target.sourceControlIsoTimestamp),
      },
    },
    SubmitBuildResponseSchema,
    target.projectName,
  );
}

async function psRequest<S extends z.ZodType>(
  credentials: ServiceCredentials,
  call: { method: 'POST'; path: string; json?: unknown; signal: AbortSignal },
  schema: S,
  projectName: string,
): Promise<z.output<S>> {
  return httpOf(credentials).json(
    {
      service: 'productscience',
      method: call.method,
      url: joinUrl(credentials.baseUrl, call.path),
      headers: { authorization: `Bearer ${credentials.secret}`, accept: 'application/json' },
      ...(call.json !== undefined ? { json: call.json } : {}),
      signal: call.signal,
      refusal: (response) => psRefusal(response, projectName),
    },
    schema,
  );
}

/** Product Science's refusals: a missing project by name, the token, else its own words. */
function psRefusal(response: HttpResponse, projectName: string): Error {
  const said = readPsMessage(response.body);
  const retryAfter = parseRetryAfter(response.headers['retry-after']);
  if (response.status === 404) {
    return new DropshipError({
      code: 'not_found',
      service: 'productscience',
      retryable: false,
      message: t('productscience:noProject', { project: projectName }),
      hint: t('productscience:noProjectHint'),
      fields: { projectName: t('productscience:noSuchProject') },
    });
  }
  if (response.status === 401) {
    return statusError('productscience', 401, t('productscience:tokenRefused'), retryAfter);
  }
  return statusError('productscience', response.status, said, retryAfter);
}

function delivered(run: UploadRun<'productscience'>, { build }: SubmittedBuild): DeliveredBuild {
  const commit = build.sourceControlId
    ? `${build.sourceControlId.slice(0, 12)}${build.sourceControlIsoTimestamp ? ` (${build.sourceControlIsoTimestamp})` : ''}`
    : undefined;
  return {
    headline: t('productscience:delivered.headline', { build: build.name ?? build.buildFileName }),
    remoteId: String(build.id),
    details: [
      { label: t('productscience:delivered.project'), value: run.target.projectName },
      { label: t('productscience:delivered.build'), value: build.name ?? build.buildFileName },
      {
        label: t('productscience:delivered.type'),
        value: build.buildType === 'APK' ? 'APK' : t('productscience:delivered.instrumented'),
      },
      ...(commit ? [{ label: t('productscience:delivered.commit'), value: commit }] : []),
    ],
    links: [],
  };
}
