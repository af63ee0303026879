import type { BitbarEnv } from './env';
import { ApiFailure, booleanParam, oneOf } from './http';
import type { Project, ProjectConfig, User } from './state';

type Mode = ProjectConfig['mode'];
const ANDROID_MODES: Mode[] = ['FULL_RUN', 'APP_CRAWLER', 'CTS', 'UIAUTOMATOR'];

/** Which option belongs to which mode, as the doc marks them ("FULL_RUN mode only", …). */
const MODE_ONLY: Partial<Record<keyof ProjectConfig, Mode>> = {
  autoScreenshots: 'FULL_RUN',
  withAnnotation: 'FULL_RUN',
  withoutAnnotation: 'FULL_RUN',
  instrumentationRunner: 'FULL_RUN',
  applicationUsername: 'APP_CRAWLER',
  applicationPassword: 'APP_CRAWLER',
  uiAutomatorTestClasses: 'UIAUTOMATOR',
  launchApp: 'UIAUTOMATOR',
};

export const osOfProject = (project: Project) => (project.type === 'IOS' ? 'IOS' : 'ANDROID');

export function modesFor(project: Project): Mode[] {
  return project.type === 'IOS' ? ['IOS'] : ANDROID_MODES;
}

/** The public "free devices" group for the project's OS: every new project starts on it. */
export function freeGroupId(env: BitbarEnv, os: 'ANDROID' | 'IOS'): number {
  const group = [...env.state.groups.values()].find((g) => g.isPublic && g.osType === os);
  return group?.id ?? 0;
}

export function defaultConfig(env: BitbarEnv, project: Project): ProjectConfig {
  const mode: Mode =
    project.type === 'IOS' ? 'IOS' : project.type === 'ANDROID' ? 'FULL_RUN' : project.type;
  return {
    id: env.state.nextId('config'),
    projectId: project.id,
    scheduler: 'PARALLEL',
    mode,
    autoScreenshots: false,
    screenshotDir: '',
    limitationType: null,
    limitationValue: '',
    withAnnotation: null,
    withoutAnnotation: null,
    applicationUsername: '',
    applicationPassword: '',
    usedDeviceGroupId: freeGroupId(env, osOfProject(project)),
    deviceLanguageCode: 'en_US',
    hookURL: '',
    uiAutomatorTestClasses: null,
    launchApp: false,
    instrumentationRunner: '',
    checkApp: false,
  };
}

/**
 * Applies `POST …/config` parameters to a copy of the config and validates the result:
 * enum values, the device group (exists, yours or public, same OS as the project), the
 * language code, mode-only options, and UIAUTOMATOR's required test classes.
 */
export function applyConfig(
  env: BitbarEnv,
  user: User,
  project: Project,
  current: ProjectConfig,
  params: URLSearchParams,
): ProjectConfig {
  const next = { ...current };
  const text = (name: keyof ProjectConfig) => params.get(name);
  const set = <K extends keyof ProjectConfig>(
    name: K,
    value: ProjectConfig[K] | undefined | null,
  ) => {
    if (value !== undefined && value !== null) next[name] = value;
  };
  const scheduler = text('scheduler');
  if (scheduler !== null)
    next.scheduler = oneOf(scheduler, ['PARALLEL', 'SERIAL'] as const, 'scheduler');
  const mode = text('mode');
  if (mode !== null) next.mode = oneOf(mode, modesFor(project), 'mode');
  set('autoScreenshots', booleanParam(params, 'autoScreenshots'));
  set('launchApp', booleanParam(params, 'launchApp'));
  set('checkApp', booleanParam(params, 'checkApp'));
  for (const name of [
    'screenshotDir',
    'limitationValue',
    'applicationUsername',
    'applicationPassword',
    'instrumentationRunner',
    'hookURL',
  ] as const) {
    set(name, text(name));
  }
  for (const name of ['withAnnotation', 'withoutAnnotation', 'uiAutomatorTestClasses'] as const) {
    const value = text(name);
    if (value !== null) next[name] = value === '' ? null : value;
  }
  const limitation = text('limitationType');
  if (limitation !== null) {
    next.limitationType =
      limitation === '' ? null : oneOf(limitation, ['PACKAGE', 'CLASS'] as const, 'limitationType');
  }
  const language = text('deviceLanguageCode');
  if (language !== null) {
    if (!/^[a-z]{2}_[A-Z]{2}$/.test(language))
      throw new ApiFailure(
        400,
        `Invalid deviceLanguageCode '${language}': use the xx_YY format, e.g. en_US`,
      );
    next.deviceLanguageCode = language;
  }
  if (next.hookURL && !/^https?:\/\/\S+$/.test(next.hookURL))
    throw new ApiFailure(400, `Invalid hookURL '${next.hookURL}'`);
  const groupId = text('usedDeviceGroupId');
  if (groupId !== null) next.usedDeviceGroupId = checkGroup(env, user, project, groupId);

  for (const [option, onlyIn] of Object.entries(MODE_ONLY) as [keyof ProjectConfig, Mode][]) {
    if (params.has(option) && next.mode !== onlyIn && isSet(next[option])) {
      throw new ApiFailure(
        400,
        `'${option}' applies to ${onlyIn} mode only (this project runs in ${next.mode} mode)`,
      );
    }
  }
  if (next.mode === 'UIAUTOMATOR' && !next.uiAutomatorTestClasses?.trim()) {
    throw new ApiFailure(400, "'uiAutomatorTestClasses' is required in UIAUTOMATOR mode");
  }
  return next;
}

function checkGroup(env: BitbarEnv, user: User, project: Project, raw: string): number {
  const group = /^\d+$/.test(raw) ? env.state.groups.get(Number(raw)) : undefined;
  if (!group || (!group.isPublic && group.userId !== user.id)) {
    throw new ApiFailure(400, `Device group ${raw} does not exist`);
  }
  if (group.osType !== osOfProject(project)) {
    throw new ApiFailure(
      400,
      `Device group '${group.displayName}' is for ${group.osType} devices; this project needs ${osOfProject(project)} devices`,
    );
  }
  return group.id;
}

const isSet = (value: unknown) => value !== null && value !== '' && value !== false;

/** Whether a run can start now: an application (and a test file where the mode needs one) and devices. */
export function runAvailable(env: BitbarEnv, project: Project, config: ProjectConfig): boolean {
  const files = env.state.files.get(project.id) ?? {};
  const needsTest = config.mode === 'FULL_RUN' || config.mode === 'UIAUTOMATOR';
  const group = env.state.groups.get(config.usedDeviceGroupId);
  return Boolean(
    files.application && (!needsTest || files.test) && group && group.deviceIds.length > 0,
  );
}

export function presentConfig(env: BitbarEnv, project: Project, config: ProjectConfig) {
  const group = env.state.groups.get(config.usedDeviceGroupId);
  return {
    id: config.id,
    projectId: config.projectId,
    scheduler: config.scheduler,
    mode: config.mode,
    autoScreenshots: config.autoScreenshots,
    runAvailable: runAvailable(env, project, config),
    screenshotDir: config.screenshotDir,
    limitationType: config.limitationType,
    limitationValue: config.limitationValue,
    withAnnotation: config.withAnnotation,
    withoutAnnotation: config.withoutAnnotation,
    applicationUsername: config.applicationUsername,
    applicationPassword: config.applicationPassword,
    usedDeviceGroupId: config.usedDeviceGroupId,
    creditsPrice: group ? env.state.groupPrice(group) : 0,
    deviceLanguageCode: config.deviceLanguageCode,
    hookURL: config.hookURL,
    uiAutomatorTestClasses: config.uiAutomatorTestClasses,
    launchApp: config.launchApp,
    instrumentationRunner: config.instrumentationRunner,
    checkApp: config.checkApp,
  };
}
