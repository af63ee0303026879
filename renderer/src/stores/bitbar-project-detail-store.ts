import { create } from 'zustand';
import {
  BitbarConfigEditSchema,
  type BitbarConfig,
  type BitbarConfigEdit,
} from '../../../shared/contract/bitbar-config';
import type {
  BitbarNotification,
  BitbarParameter,
  BitbarProjectFile,
  BitbarShare,
} from '../../../shared/contract/bitbar-projects';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { fieldText } from '../lib/field-words';
import { translate as t } from '../lib/translate';
import { actionSlot, track, type Loadable } from './async-state';
import { withBitbarSession as call } from './bitbar-session-store';
import { dropArrived } from './upload-jobs-store';

type Action = 'config' | 'parameter' | 'share' | 'notification' | 'upload';

interface ProjectDetailState {
  projectId: number | undefined;
  config: Loadable<BitbarConfig>;
  parameters: Loadable<BitbarParameter[]>;
  files: Loadable<BitbarProjectFile[]>;
  shares: Loadable<BitbarShare[]>;
  /** The project's notifications and the account-wide ones. */
  notifications: Loadable<BitbarNotification[]>;
  busy: Partial<Record<Action, boolean>>;
  errors: Partial<Record<Action, DropshipErrorShape>>;
  saved: Partial<Record<Action, string>>;
  open: (projectId: number) => void;
  loadConfig: (projectId: number) => Promise<void>;
  saveConfig: (edit: BitbarConfigEdit) => Promise<boolean>;
  setGroup: (groupId: number) => Promise<boolean>;
  loadFiles: (projectId: number) => Promise<void>;
  /** The job the last upload started (its progress lives in the upload jobs store). */
  uploadJobId: string | undefined;
  uploadFile: (
    path: string,
    kind: BitbarProjectFile['kind'],
    projectName: string,
  ) => Promise<boolean>;
  loadPeople: (projectId: number) => Promise<void>;
  addParameter: (key: string, value: string) => Promise<boolean>;
  deleteParameter: (parameterId: number) => Promise<void>;
  addShare: (email: string) => Promise<boolean>;
  removeShare: (shareId: number) => Promise<void>;
  addNotification: (
    email: string,
    type: BitbarNotification['type'],
    scope: 'project' | 'account',
  ) => Promise<boolean>;
  setNotificationType: (notificationId: number, type: BitbarNotification['type']) => Promise<void>;
  removeNotification: (notificationId: number) => Promise<void>;
}

/** Config fields come back as `config.<field>`; forms want `<field>`. */
function fieldErrors(error: DropshipErrorShape): DropshipErrorShape {
  if (!error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([k, v]) => [k.replace(/^config\./, ''), v]),
  );
  return { ...error, fields };
}

type Loaded = 'config' | 'parameters' | 'files' | 'shares' | 'notifications';
type Data<K extends Loaded> = NonNullable<ProjectDetailState[K]['data']>;

/** One Bitbar project's config, parameters, files, sharing and notifications. */
export const useBitbarProjectDetail = create<ProjectDetailState>((set, get) => {
  async function fetchInto<K extends Loaded>(key: K, run: (projectId: number) => Promise<Data<K>>) {
    const projectId = get().projectId;
    if (projectId === undefined) return;
    await track<Data<K>>(
      {
        read: () => get()[key] as Loadable<Data<K>>,
        write: (value) => set({ [key]: value } as Partial<ProjectDetailState>),
      },
      () => run(projectId),
      { wrap: call, isCurrent: () => get().projectId === projectId },
    );
  }
  async function act(
    action: Action,
    run: (projectId: number) => Promise<string | void>,
  ): Promise<boolean> {
    const projectId = get().projectId;
    if (projectId === undefined) return false;
    const slot = actionSlot<Action, ProjectDetailState>(set, get, action);
    set({ saved: { ...get().saved, [action]: undefined } });
    const done = await track(
      {
        read: slot.read,
        write: ({ loading, error }) => slot.write({ loading, error: error && fieldErrors(error) }),
      },
      () => run(projectId),
      { wrap: call },
    );
    if (done.ok && done.value) set({ saved: { ...get().saved, [action]: done.value } });
    return done.ok;
  }
  const empty = { loading: false };

  return {
    projectId: undefined,
    config: empty,
    parameters: empty,
    files: empty,
    shares: empty,
    notifications: empty,
    busy: {},
    errors: {},
    saved: {},
    open: (projectId) => {
      if (get().projectId === projectId) return;
      set({
        projectId,
        uploadJobId: undefined,
        config: empty,
        parameters: empty,
        files: empty,
        shares: empty,
        notifications: empty,
        errors: {},
        saved: {},
      });
    },
    loadConfig: async (projectId) => {
      get().open(projectId);
      await Promise.all([
        fetchInto('config', (projectId) => dropship.bitbar.projectConfig({ projectId })),
        fetchInto('parameters', (projectId) => dropship.bitbar.parameters({ projectId })),
      ]);
    },
    saveConfig: (edit) => {
      // The same rules main applies, checked here first so mistakes show at once.
      const checked = BitbarConfigEditSchema.safeParse(edit);
      if (!checked.success) {
        const fields: Record<string, string> = {};
        for (const issue of checked.error.issues)
          fields[String(issue.path[0] ?? 'config')] ??= fieldText(issue.message);
        const shape = {
          code: 'invalid_input' as const,
          retryable: false,
          message: t('bitbarProjects:config.checkFields'),
          fields,
        };
        set({
          errors: { ...get().errors, config: shape },
          saved: { ...get().saved, config: undefined },
        });
        return Promise.resolve(false);
      }
      return act('config', async (projectId) => {
        const config = await dropship.bitbar.updateProjectConfig({ projectId, config: edit });
        set({ config: { data: config, loading: false } });
        return t('bitbarProjects:config.saved');
      });
    },
    setGroup: (groupId) =>
      act('config', async (projectId) => {
        const config = await dropship.bitbar.useDeviceGroup({ projectId, groupId });
        set({ config: { data: config, loading: false } });
        return t('bitbarProjects:config.groupSaved');
      }),
    loadFiles: (projectId) => {
      get().open(projectId);
      return fetchInto('files', (id) => dropship.bitbar.projectFiles({ projectId: id }));
    },
    uploadJobId: undefined,
    /** Through the transfer engine: streamed, retried, with progress like any other upload. */
    uploadFile: (path, kind, projectName) =>
      act('upload', async (projectId) => {
        const started = await dropship.uploads.start({
          path,
          targets: [
            {
              service: 'bitbar',
              project: { kind: 'existing', id: projectId, name: projectName },
              fileKind: kind,
            },
          ],
        });
        await dropArrived(started.dropId);
        set({ uploadJobId: started.jobs[0]?.id });
      }),
    loadPeople: async (projectId) => {
      get().open(projectId);
      await Promise.all([
        fetchInto('shares', (projectId) => dropship.bitbar.shares({ projectId })),
        fetchInto('notifications', async (projectId) => {
          const [project, account] = await Promise.all([
            dropship.bitbar.notifications({ projectId }),
            dropship.bitbar.notifications({}),
          ]);
          const seen = new Set(project.map((n) => n.id));
          return [...project, ...account.filter((n) => n.projectId === null && !seen.has(n.id))];
        }),
      ]);
    },
    addParameter: (key, value) =>
      act('parameter', async (projectId) => {
        const parameter = await dropship.bitbar.addParameter({ projectId, key, value });
        set({
          parameters: { data: [...(get().parameters.data ?? []), parameter], loading: false },
        });
      }),
    deleteParameter: async (parameterId) => {
      await act('parameter', async (projectId) => {
        await dropship.bitbar.deleteParameter({ projectId, parameterId });
        set({
          parameters: {
            data: (get().parameters.data ?? []).filter((p) => p.id !== parameterId),
            loading: false,
          },
        });
      });
    },
    addShare: (email) =>
      act('share', async (projectId) => {
        const share = await dropship.bitbar.addShare({ projectId, email });
        set({ shares: { data: [...(get().shares.data ?? []), share], loading: false } });
        return t('bitbarProjects:people.shared', { email: share.email });
      }),
    removeShare: async (shareId) => {
      await act('share', async (projectId) => {
        await dropship.bitbar.removeShare({ projectId, shareId });
        set({
          shares: {
            data: (get().shares.data ?? []).filter((s) => s.id !== shareId),
            loading: false,
          },
        });
      });
    },
    addNotification: (email, type, scope) =>
      act('notification', async (projectId) => {
        const added = await dropship.bitbar.addNotification(
          scope === 'project' ? { email, type, projectId } : { email, type },
        );
        set({
          notifications: { data: [...(get().notifications.data ?? []), added], loading: false },
        });
        return t(
          type === 'ALWAYS'
            ? 'bitbarProjects:people.willGet.ALWAYS'
            : 'bitbarProjects:people.willGet.ON_FAILURE',
          { email },
        );
      }),
    setNotificationType: async (notificationId, type) => {
      await act('notification', async () => {
        const updated = await dropship.bitbar.updateNotification({ notificationId, type });
        set({
          notifications: {
            data: (get().notifications.data ?? []).map((n) => (n.id === updated.id ? updated : n)),
            loading: false,
          },
        });
      });
    },
    removeNotification: async (notificationId) => {
      await act('notification', async () => {
        await dropship.bitbar.removeNotification({ notificationId });
        set({
          notifications: {
            data: (get().notifications.data ?? []).filter((n) => n.id !== notificationId),
            loading: false,
          },
        });
      });
    },
  };
});
