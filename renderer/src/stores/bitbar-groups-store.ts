import { create } from 'zustand';
import type {
  BitbarDevice,
  BitbarGroup,
  BitbarGroups,
  BitbarOs,
} from '../../../shared/contract/bitbar-devices';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { asErrorShape, errorSentence } from '../lib/errors';
import { translate as t } from '../lib/translate';
import { keyedActions, track, type Loadable } from './async-state';
import { catalogDevice } from './bitbar-catalog-store';
import { listedProjects } from './bitbar-projects-store';
import { withBitbarSession } from './bitbar-session-store';
import { addOutcome, applyGroup, osWord, sortPicks, withoutGroup } from './bitbar-group-words';

/** A failure as one sentence plus what to do about it. */
const explain = (error: unknown) => errorSentence(asErrorShape(error));

export interface Notice {
  tone: 'good' | 'bad' | 'info';
  lines: string[];
}

type FormKey = 'create' | 'rename' | 'delete' | 'use';

interface GroupsState {
  /** The project whose own and public groups are shown (and that "use" targets). */
  projectId: number | undefined;
  groups: Loadable<BitbarGroups>;
  selectedId: number | undefined;
  members: Record<number, Loadable<BitbarDevice[]>>;
  /** Catalog devices ticked for adding to the selected group. */
  picked: number[];
  adding: boolean;
  notice: Notice | undefined;
  busy: Partial<Record<FormKey, boolean>>;
  errors: Partial<Record<FormKey, DropshipErrorShape>>;
  load: (projectId?: number) => Promise<void>;
  /** First visit: projects, then groups for the first project (so its groups show). */
  open: () => Promise<void>;
  select: (groupId: number | undefined) => void;
  create: (name: string, os: BitbarOs) => Promise<boolean>;
  rename: (name: string) => Promise<boolean>;
  deleteSelected: () => Promise<boolean>;
  togglePick: (deviceId: number) => void;
  clearPicks: () => void;
  addPicked: () => Promise<void>;
  removeDevice: (deviceId: number) => Promise<void>;
  assignToProject: (projectId: number) => Promise<boolean>;
  dismissNotice: () => void;
}

const call = withBitbarSession;

/**
 * Bitbar device groups and the editor's state. Adding and removing devices is
 * optimistic: the list changes at once and rolls back, with Bitbar's reason, when refused.
 */
export const useBitbarGroups = create<GroupsState>((set, get) => {
  const selected = (): BitbarGroup | undefined => {
    const { data } = get().groups;
    const id = get().selectedId;
    return data
      ? [...data.mine, ...data.project, ...data.public].find((g) => g.id === id)
      : undefined;
  };
  const setMembers = (groupId: number, value: Loadable<BitbarDevice[]>) =>
    set({ members: { ...get().members, [groupId]: value } });
  const patch = (group: BitbarGroup) => {
    const data = get().groups.data;
    if (data) set({ groups: { ...get().groups, data: applyGroup(data, group) } });
  };
  const act = keyedActions<FormKey, GroupsState>(set, get);
  async function loadMembers(groupId: number) {
    await track(
      { read: () => get().members[groupId], write: (value) => setMembers(groupId, value) },
      async () => {
        const result = await dropship.bitbar.groupDevices({ groupId });
        patch(result.group);
        return result.devices;
      },
      { wrap: call },
    );
  }

  return {
    projectId: undefined,
    groups: { loading: false },
    selectedId: undefined,
    members: {},
    picked: [],
    adding: false,
    notice: undefined,
    busy: {},
    errors: {},

    load: async (projectId = get().projectId) => {
      set({ projectId });
      await track({ read: () => get().groups, write: (groups) => set({ groups }) }, () =>
        call(() => dropship.bitbar.groups(projectId === undefined ? {} : { projectId })),
      );
    },

    open: async () => {
      const [first] = await listedProjects();
      await get().load(get().projectId ?? first?.id);
    },

    select: (groupId) => {
      set({ selectedId: groupId, picked: [], notice: undefined, errors: {} });
      if (groupId !== undefined && !get().members[groupId]?.data) void loadMembers(groupId);
    },

    create: (name, os) =>
      act('create', async () => {
        const group = await call(() => dropship.bitbar.createGroup({ name, os }));
        const data = get().groups.data ?? { mine: [], project: [], public: [] };
        set({ groups: { ...get().groups, data: { ...data, mine: [...data.mine, group] } } });
        setMembers(group.id, { data: [], loading: false });
        get().select(group.id);
        set({
          notice: {
            tone: 'good',
            lines: [t('devices:notice.created', { group: group.name, os: osWord(group.os) })],
          },
        });
        void get().load(); // it may also belong under the chosen project's groups
      }),

    rename: (name) =>
      act('rename', async () => {
        const group = selected();
        if (!group) return;
        patch(await call(() => dropship.bitbar.renameGroup({ groupId: group.id, name })));
      }),

    deleteSelected: () =>
      act('delete', async () => {
        const group = selected();
        if (!group) return;
        await call(() => dropship.bitbar.deleteGroup({ groupId: group.id }));
        const data = get().groups.data;
        if (data) set({ groups: { ...get().groups, data: withoutGroup(data, group.id) } });
        set({
          selectedId: undefined,
          notice: { tone: 'info', lines: [t('devices:notice.deleted', { group: group.name })] },
        });
      }),

    togglePick: (deviceId) => {
      const picked = get().picked;
      set({
        picked: picked.includes(deviceId)
          ? picked.filter((id) => id !== deviceId)
          : [...picked, deviceId],
      });
    },
    clearPicks: () => set({ picked: [] }),

    addPicked: async () => {
      const group = selected();
      if (!group || get().adding) return;
      const current = get().members[group.id]?.data ?? [];
      const { toAdd, lines } = sortPicks(t, get().picked, group, current, catalogDevice);
      set({ picked: [], adding: toAdd.length > 0 });
      if (toAdd.length === 0) {
        set({
          notice: {
            tone: 'bad',
            lines: lines.length ? lines : [t('devices:notice.alreadyIn')],
          },
        });
        return;
      }
      setMembers(group.id, { data: [...current, ...toAdd], loading: false });
      patch({
        ...group,
        deviceCount: group.deviceCount + toAdd.length,
        credits: group.credits + toAdd.reduce((s, d) => s + d.credits, 0),
      });
      try {
        const result = await call(() =>
          dropship.bitbar.addDevices({ groupId: group.id, deviceIds: toAdd.map((d) => d.id) }),
        );
        const refused = new Set(result.refused.map((r) => r.deviceId));
        setMembers(group.id, {
          data: (get().members[group.id]?.data ?? []).filter((d) => !refused.has(d.id)),
          loading: false,
        });
        patch(result.group);
        set({ notice: addOutcome(t, result, lines, catalogDevice) });
      } catch (error) {
        const ids = new Set(toAdd.map((d) => d.id));
        setMembers(group.id, {
          data: (get().members[group.id]?.data ?? []).filter((d) => !ids.has(d.id)),
          loading: false,
        });
        patch(group);
        set({
          notice: {
            tone: 'bad',
            lines: [t('devices:notice.nothingAdded', { reason: explain(error) }), ...lines],
          },
        });
      } finally {
        set({ adding: false });
      }
    },

    removeDevice: async (deviceId) => {
      const group = selected();
      if (!group) return;
      const before = get().members[group.id]?.data ?? [];
      const device = before.find((d) => d.id === deviceId);
      setMembers(group.id, { data: before.filter((d) => d.id !== deviceId), loading: false });
      patch({
        ...group,
        deviceCount: Math.max(0, group.deviceCount - 1),
        credits: group.credits - (device?.credits ?? 0),
      });
      try {
        patch(await call(() => dropship.bitbar.removeDevice({ groupId: group.id, deviceId })));
        set({
          notice: {
            tone: 'info',
            lines: [
              t('devices:notice.removed', {
                device: device?.name ?? t('devices:notice.theDevice'),
                group: group.name,
              }),
            ],
          },
        });
      } catch (error) {
        setMembers(group.id, { data: before, loading: false });
        patch(group);
        set({
          notice: {
            tone: 'bad',
            lines: [
              t('devices:notice.stillIn', {
                device: device?.name ?? t('devices:notice.theDeviceStart'),
                reason: explain(error),
              }),
            ],
          },
        });
      }
    },

    assignToProject: (projectId) =>
      act('use', async () => {
        const group = selected();
        if (!group) return;
        await call(() => dropship.bitbar.useDeviceGroup({ projectId, groupId: group.id }));
        set({
          notice: { tone: 'good', lines: [t('devices:notice.used', { group: group.name })] },
        });
      }),

    dismissNotice: () => set({ notice: undefined }),
  };
});
