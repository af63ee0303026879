import type { BitbarFileKind } from '../../../../shared/domain/upload-rules';
import { DropshipError } from '../../../../shared/errors';
import { HttpError } from '../../http/errors';
import type { UploadRun } from '../../transfer/uploader';
import type { BitbarApi } from './api';
import { fileName } from './download';
import { kindWords } from './files';
import { createProject } from './projects';
import { listPage } from './paging';
import { ApiProjectSchema } from './schemas';
import { t } from '../../i18n/translate';

export interface ProjectRef {
  id: number;
  name: string;
}

/**
 * The project a delivery goes to, settled inside the job (so a lookup that fails is
 * retried by the engine and fails Bitbar's delivery alone) and checkpointed, so retries
 * and restarts neither look it up again nor create a second one.
 */
export async function projectFor(api: BitbarApi, run: UploadRun<'bitbar'>): Promise<ProjectRef> {
  const choice = run.target.project;
  const savedId = typeof run.saved.projectId === 'number' ? run.saved.projectId : undefined;
  const savedName = typeof run.saved.projectName === 'string' ? run.saved.projectName : undefined;
  if (choice.kind === 'existing' && choice.name) return { id: choice.id, name: choice.name };
  if (savedId !== undefined) return { id: savedId, name: savedName ?? choice.name };
  const project = await settleProject(api, run);
  run.save({ projectId: project.id, projectName: project.name });
  return project;
}

async function settleProject(api: BitbarApi, run: UploadRun<'bitbar'>): Promise<ProjectRef> {
  const choice = run.target.project;
  if (choice.kind === 'new') {
    const created = await createProject(api, choice.name, choice.type);
    return { id: created.id, name: created.name };
  }
  const page = await listPage(
    api,
    { path: 'v2/me/projects', action: t('bitbar:action.lookUpProject'), signal: run.signal },
    ApiProjectSchema,
    { offset: 0, limit: 200, ...(choice.kind === 'named' ? { search: choice.name } : {}) },
  );
  const found = page.items.find((p) =>
    choice.kind === 'named' ? p.name === choice.name : p.id === choice.id,
  );
  if (found) return { id: found.id, name: found.name };
  if (choice.kind === 'existing')
    return { id: choice.id, name: t('bitbar:subject.project', { id: choice.id }) };
  throw new DropshipError({
    code: 'invalid_input',
    service: 'bitbar',
    retryable: false,
    message: t('bitbar:noProjectNamed', { name: choice.name }),
    hint: t('bitbar:noProjectNamedHint'),
  });
}

/**
 * After an attempt whose answer was lost: a project holds one file per kind, and HEAD on
 * its download URL gives the current file's name and size. The same name and size as
 * ours means the upload landed.
 */
export async function currentFileMatches(
  api: BitbarApi,
  run: UploadRun<'bitbar'>,
  project: ProjectRef,
  kind: BitbarFileKind,
): Promise<boolean> {
  try {
    const response = await api.call({
      method: 'HEAD',
      path: `v2/me/projects/${project.id}/files/${kind}`,
      action: t('bitbar:action.checkFile', { kind: kindWords(kind) }),
      subject: t('bitbar:subject.project', { id: project.id }),
      signal: run.signal,
    });
    const size = Number(response.headers['content-length']);
    const name = fileName(response.headers['content-disposition'], '');
    return name === run.file.fileName && size === run.file.size;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return false;
    throw error;
  }
}
