import type {
  BitbarConfig,
  BitbarConfigEdit,
  BitbarProjectType,
} from '../../../../shared/contract/bitbar-config';
import { BitbarProjectTypeSchema, optionApplies } from '../../../../shared/contract/bitbar-config';
import type { BitbarParameter, BitbarProject } from '../../../../shared/contract/bitbar-projects';
import type { BitbarApi } from './api';
import { listAll, listPage } from './paging';
import {
  ApiParameterSchema,
  ApiProjectConfigSchema,
  ApiProjectSchema,
  type ApiProject,
  type ApiProjectConfig,
} from './schemas';
import { t } from '../../i18n/translate';

const subject = (projectId: number) => t('bitbar:subject.project', { id: projectId });

export function toProject(project: ApiProject): BitbarProject {
  const type = BitbarProjectTypeSchema.safeParse(project.type);
  return {
    id: project.id,
    name: project.name,
    description: project.description ?? '',
    type: type.success ? type.data : 'ANDROID',
    sharedWithMe: project.sharedById !== null && project.sharedById !== undefined,
  };
}

export async function listProjects(
  api: BitbarApi,
  page: { offset: number; limit: number; search?: string },
) {
  const result = await listPage(
    api,
    { path: 'v2/me/projects', action: t('bitbar:action.listYourProjects') },
    ApiProjectSchema,
    {
      offset: page.offset,
      limit: page.limit,
      ...(page.search ? { search: page.search } : {}),
    },
  );
  return {
    projects: result.items.map(toProject),
    offset: result.offset,
    limit: result.limit,
    total: result.total,
    hasMore: result.hasMore,
  };
}

export const getProject = async (api: BitbarApi, projectId: number) =>
  toProject(
    await api.json(
      {
        method: 'GET',
        path: `v2/me/projects/${projectId}`,
        action: t('bitbar:action.openProject'),
        subject: subject(projectId),
      },
      ApiProjectSchema,
    ),
  );

export const createProject = async (api: BitbarApi, name: string, type: BitbarProjectType) =>
  toProject(
    await api.json(
      {
        method: 'POST',
        path: 'v2/me/projects',
        query: { name, type },
        action: t('bitbar:action.createProject'),
      },
      ApiProjectSchema,
    ),
  );

export const updateProject = async (
  api: BitbarApi,
  projectId: number,
  change: { name?: string; description?: string },
) =>
  toProject(
    await api.json(
      {
        method: 'POST',
        path: `v2/me/projects/${projectId}`,
        query: change,
        action: t('bitbar:action.updateProject'),
        subject: subject(projectId),
      },
      ApiProjectSchema,
    ),
  );

export async function deleteProject(api: BitbarApi, projectId: number): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/projects/${projectId}`,
    action: t('bitbar:action.deleteProject'),
    subject: subject(projectId),
  });
}

export function toConfig(config: ApiProjectConfig): BitbarConfig {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    projectId: config.projectId,
    runAvailable: config.runAvailable ?? false,
    usedDeviceGroupId: config.usedDeviceGroupId ?? null,
    creditsPrice: config.creditsPrice ?? 0,
    edit: {
      scheduler: config.scheduler === 'SERIAL' ? 'SERIAL' : 'PARALLEL',
      mode:
        (['FULL_RUN', 'APP_CRAWLER', 'CTS', 'UIAUTOMATOR', 'IOS'] as const).find(
          (m) => m === config.mode,
        ) ?? 'FULL_RUN',
      autoScreenshots: config.autoScreenshots ?? false,
      screenshotDir: text(config.screenshotDir),
      limitationType:
        config.limitationType === 'PACKAGE' || config.limitationType === 'CLASS'
          ? config.limitationType
          : null,
      limitationValue: text(config.limitationValue),
      withAnnotation: text(config.withAnnotation),
      withoutAnnotation: text(config.withoutAnnotation),
      applicationUsername: text(config.applicationUsername),
      applicationPassword: text(config.applicationPassword),
      deviceLanguageCode: config.deviceLanguageCode || 'en_US',
      hookURL: text(config.hookURL),
      uiAutomatorTestClasses: text(config.uiAutomatorTestClasses),
      launchApp: config.launchApp ?? false,
      instrumentationRunner: text(config.instrumentationRunner),
      checkApp: config.checkApp ?? false,
    },
  };
}

export const getConfig = async (api: BitbarApi, projectId: number) =>
  toConfig(
    await api.json(
      {
        method: 'GET',
        path: `v2/me/projects/${projectId}/config`,
        action: t('bitbar:action.readProjectConfig'),
        subject: subject(projectId),
      },
      ApiProjectConfigSchema,
    ),
  );

/**
 * `POST …/config` with the options that apply to the chosen mode: options of other modes
 * are left out (Bitbar refuses e.g. FULL_RUN annotations in UIAUTOMATOR mode).
 */
export async function updateConfig(
  api: BitbarApi,
  projectId: number,
  edit: Partial<BitbarConfigEdit> & { usedDeviceGroupId?: number },
) {
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edit)) {
    if (edit.mode && !optionApplies(key, edit.mode)) continue;
    // '' clears a text option; null limitationType is sent as '' to clear it too.
    query[key] = value === null ? '' : value;
  }
  return toConfig(
    await api.json(
      {
        method: 'POST',
        path: `v2/me/projects/${projectId}/config`,
        query,
        action: t('bitbar:action.saveProjectConfig'),
        subject: subject(projectId),
      },
      ApiProjectConfigSchema,
    ),
  );
}

export const useDeviceGroup = (api: BitbarApi, projectId: number, groupId: number) =>
  updateConfig(api, projectId, { usedDeviceGroupId: groupId });

export async function listParameters(
  api: BitbarApi,
  projectId: number,
): Promise<BitbarParameter[]> {
  const items = await listAll(
    api,
    {
      path: `v2/me/projects/${projectId}/config/parameters`,
      action: t('bitbar:action.listConfigParameters'),
      subject: subject(projectId),
    },
    ApiParameterSchema,
  );
  return items.map((p) => ({ id: p.id, key: p.key, value: p.value ?? '' }));
}

export async function addParameter(
  api: BitbarApi,
  projectId: number,
  key: string,
  value: string,
): Promise<BitbarParameter> {
  const p = await api.json(
    {
      method: 'POST',
      path: `v2/me/projects/${projectId}/config/parameters`,
      query: { key, value },
      action: t('bitbar:action.addParameter', { key }),
      subject: subject(projectId),
    },
    ApiParameterSchema,
  );
  return { id: p.id, key: p.key, value: p.value ?? '' };
}

export async function deleteParameter(
  api: BitbarApi,
  projectId: number,
  parameterId: number,
): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/projects/${projectId}/config/parameters/${parameterId}`,
    action: t('bitbar:action.deleteParameter'),
    subject: `parameter ${parameterId}`,
  });
}
