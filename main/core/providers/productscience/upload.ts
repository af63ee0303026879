import { refusalFor } from '../../../../shared/domain/upload-rules';
import { DropshipError } from '../../../../shared/errors';
import { httpOf } from '../../http/client';
import { parseRetryAfter, statusError } from '../../http/errors';
import { joinUrl, type HttpResponse } from '../../http/request';
import type { ServiceCredentials } from '../../accounts/accounts';
import type { DeliveredBuild, ServiceUploader, UploadRun } from '../../transfer/uploader';
import type { z } from 'zod';
import {
  readPsMessage,
  SubmitBuildResponseSchema,
  UploadContextSchema,
  type SubmittedBuild,
} from './upload-schemas';

/** Signed uploads handed out this run, by job: reused by retries, never written to disk. */
const specs = new Map<string, SubmittedBuild>();

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

  refuse: (file) => refusalFor('productscience', file.fileName, file.size),

  async upload(run) {
    let submitted = specs.get(run.jobId);
    if (!submitted || run.freshUrl) {
      const abandoned = typeof run.saved.buildId === 'number' ? run.saved.buildId : undefined;
      submitted = await registerBuild(run);
      specs.set(run.jobId, submitted);
      run.save({ buildId: submitted.build.id });
      if (abandoned !== undefined && abandoned !== submitted.build.id) {
        run.warn(
          `Product Science build ${abandoned} (from an earlier attempt) has no file; build ${submitted.build.id} is the one with the upload.`,
        );
      }
    }
    await run.send({ shape: 'signed-put', spec: submitted.uploadSpec });
    specs.delete(run.jobId);
    return delivered(run, submitted);
  },
};

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
      message: `Product Science has no project “${projectName}” for this token.`,
      hint: 'Check the project name (it is case-sensitive).',
      fields: { projectName: 'No such project' },
    });
  }
  if (response.status === 401) {
    return statusError('productscience', 401, 'the API token was not accepted', retryAfter);
  }
  return statusError('productscience', response.status, said, retryAfter);
}

const STATE_WORDS = { UPLOADING: 'Uploading', FINISHED: 'Finished', FAILED: 'Failed' } as const;

function delivered(run: UploadRun<'productscience'>, { build }: SubmittedBuild): DeliveredBuild {
  const commit = build.sourceControlId
    ? `${build.sourceControlId.slice(0, 12)}${build.sourceControlIsoTimestamp ? ` (${build.sourceControlIsoTimestamp})` : ''}`
    : undefined;
  return {
    headline: `Build ${build.id} is on Product Science`,
    remoteId: String(build.id),
    details: [
      { label: 'Project', value: run.target.projectName },
      { label: 'Build', value: `${build.name ?? build.buildFileName} (id ${build.id})` },
      { label: 'Type', value: build.buildType === 'APK' ? 'APK' : 'Instrumented APK' },
      ...(commit ? [{ label: 'Commit', value: commit }] : []),
      {
        label: 'Upload state',
        value: `${build.uploadState ? STATE_WORDS[build.uploadState] : 'Unknown'} when registered; storage then confirmed it has the whole file`,
      },
    ],
    links: [],
  };
}
