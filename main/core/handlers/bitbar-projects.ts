import { modesForProject } from '../../../shared/contract/bitbar-config';
import type { bitbarProjectChannels } from '../../../shared/contract/bitbar-projects';
import { DropshipError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { downloadProjectFile, listProjectFiles } from '../providers/bitbar/files';
import * as notifications from '../providers/bitbar/notifications';
import * as projects from '../providers/bitbar/projects';
import type { Handlers } from './types';
import { t } from '../i18n/translate';

type ProjectHandlers = Pick<Handlers['bitbar'], keyof typeof bitbarProjectChannels>;

const MODE_WORDS: Record<string, () => string> = {
  FULL_RUN: () => t('bitbar:mode.fullRun'),
  APP_CRAWLER: () => t('bitbar:mode.appCrawler'),
  CTS: () => t('bitbar:mode.cts'),
  UIAUTOMATOR: () => 'UIAutomator',
  IOS: () => t('bitbar:mode.ios'),
};

/** Projects, their config and parameters, files, sharing and notifications. */
export function bitbarProjectHandlers(ctx: CoreContext): ProjectHandlers {
  const api = ctx.bitbar;
  const target = (folder: string | undefined) => ({ folder, platform: ctx.platform });

  return {
    projects: (page) => projects.listProjects(api, page),
    createProject: ({ name, type }) => projects.createProject(api, name, type),
    updateProject: ({ projectId, ...change }) => projects.updateProject(api, projectId, change),
    deleteProject: async ({ projectId }) => {
      await projects.deleteProject(api, projectId);
      return { projectId };
    },

    projectConfig: ({ projectId }) => projects.getConfig(api, projectId),
    updateProjectConfig: async ({ projectId, config }) => {
      const project = await projects.getProject(api, projectId);
      if (!modesForProject(project.type).includes(config.mode)) {
        const message = t(
          project.type === 'IOS' ? 'bitbar:mode.iosCannot' : 'bitbar:mode.androidCannot',
          {
            mode: MODE_WORDS[config.mode]?.() ?? config.mode,
          },
        );
        throw new DropshipError({
          code: 'invalid_input',
          retryable: false,
          message,
          fields: { 'config.mode': message },
        });
      }
      return projects.updateConfig(api, projectId, config);
    },
    useDeviceGroup: ({ projectId, groupId }) => projects.useDeviceGroup(api, projectId, groupId),

    parameters: ({ projectId }) => projects.listParameters(api, projectId),
    addParameter: ({ projectId, key, value }) => projects.addParameter(api, projectId, key, value),
    deleteParameter: async ({ projectId, parameterId }) => {
      await projects.deleteParameter(api, projectId, parameterId);
      return { parameterId };
    },

    projectFiles: ({ projectId }) => listProjectFiles(api, projectId),
    downloadProjectFile: ({ projectId, kind, folder }) =>
      downloadProjectFile(api, projectId, kind, target(folder)),

    shares: ({ projectId }) => notifications.listShares(api, projectId),
    addShare: ({ projectId, email }) => notifications.addShare(api, projectId, email),
    removeShare: async ({ projectId, shareId }) => {
      await notifications.removeShare(api, projectId, shareId);
      return { shareId };
    },

    notifications: ({ projectId }) => notifications.listNotifications(api, projectId),
    addNotification: (input) => notifications.addNotification(api, input),
    updateNotification: ({ notificationId, type }) =>
      notifications.updateNotification(api, notificationId, type),
    removeNotification: async ({ notificationId }) => {
      await notifications.removeNotification(api, notificationId);
      return { notificationId };
    },
  };
}
