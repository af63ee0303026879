import { create } from 'zustand';
import type { BitbarProjectType } from '../../../shared/contract/bitbar-config';
import type { BitbarProject } from '../../../shared/contract/bitbar-projects';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { fieldsSlot, keyedActions, track, type Loadable } from './async-state';
import { withBitbarSession } from './bitbar-session-store';

const PAGE = 50;
/** Upload offers the first projects in Bitbar's order, whatever the Bitbar view searched. */
const CHOICES = 200;

type FormKey = 'create' | 'update' | 'delete';

/** Where the Bitbar view is: a project (with a tab), every run, or one run. */
export type BitbarScreen =
  | { kind: 'project'; projectId: number; tab: 'runs' | 'config' | 'files' | 'people' }
  | { kind: 'allRuns' }
  | { kind: 'run'; projectId: number; runId: number; from: 'project' | 'allRuns' };

interface ProjectsState {
  projects: BitbarProject[];
  total: number;
  hasMore: boolean;
  loading: boolean;
  error?: DropshipErrorShape | undefined;
  search: string;
  screen: BitbarScreen | undefined;
  busy: Partial<Record<FormKey, boolean>>;
  errors: Partial<Record<FormKey, DropshipErrorShape>>;
  load: (options?: { more?: boolean }) => Promise<void>;
  setSearch: (search: string) => void;
  open: (screen: BitbarScreen) => void;
  create: (name: string, type: BitbarProjectType) => Promise<boolean>;
  update: (projectId: number, change: { name?: string; description?: string }) => Promise<boolean>;
  remove: (projectId: number) => Promise<boolean>;
  project: (projectId: number | undefined) => BitbarProject | undefined;
  /** The projects a build can be sent to (Upload's picker), unsearched. */
  choices: Loadable<BitbarProject[]>;
  loadChoices: () => Promise<void>;
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;

/** Bitbar projects: the list (searched and paged on the server) and which one is open. */
export const useBitbarProjects = create<ProjectsState>((set, get) => {
  const act = keyedActions<FormKey, ProjectsState>(set, get);
  const replace = (project: BitbarProject) =>
    set({ projects: get().projects.map((p) => (p.id === project.id ? project : p)) });

  return {
    projects: [],
    total: 0,
    hasMore: false,
    loading: false,
    search: '',
    screen: undefined,
    busy: {},
    errors: {},
    load: async ({ more = false } = {}) => {
      const search = get().search;
      const offset = more ? get().projects.length : 0;
      const isCurrent = () => get().search === search;
      const loaded = await track(
        fieldsSlot(set, get, { loading: 'loading', error: 'error' }),
        () => dropship.bitbar.projects({ offset, limit: PAGE, search }),
        { wrap: withBitbarSession, isCurrent },
      );
      if (!loaded.ok || !isCurrent()) return;
      const page = loaded.value;
      set({
        projects: more ? [...get().projects, ...page.projects] : page.projects,
        total: page.total,
        hasMore: page.hasMore,
      });
      const first = page.projects[0];
      if (!get().screen && first)
        set({ screen: { kind: 'project', projectId: first.id, tab: 'runs' } });
    },
    setSearch: (search) => {
      set({ search });
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => void get().load(), 250);
    },
    open: (screen) => set({ screen, errors: {} }),
    create: (name, type) =>
      act('create', async () => {
        const project = await withBitbarSession(() =>
          dropship.bitbar.createProject({ name, type }),
        );
        set({ projects: [project, ...get().projects], total: get().total + 1 });
        get().open({ kind: 'project', projectId: project.id, tab: 'config' });
      }),
    update: (projectId, change) =>
      act('update', async () => {
        replace(
          await withBitbarSession(() => dropship.bitbar.updateProject({ projectId, ...change })),
        );
      }),
    remove: (projectId) =>
      act('delete', async () => {
        await withBitbarSession(() => dropship.bitbar.deleteProject({ projectId }));
        const projects = get().projects.filter((p) => p.id !== projectId);
        set({ projects, total: Math.max(0, get().total - 1) });
        set({
          screen: projects[0]
            ? { kind: 'project', projectId: projects[0].id, tab: 'runs' }
            : undefined,
        });
      }),
    project: (projectId) => get().projects.find((p) => p.id === projectId),
    choices: { loading: false },
    loadChoices: async () => {
      await track(
        { read: () => get().choices, write: (choices) => set({ choices }) },
        async () =>
          (await dropship.bitbar.projects({ offset: 0, limit: CHOICES, search: '' })).projects,
        { wrap: withBitbarSession },
      );
    },
  };
});

/** The projects listed in the Bitbar view, loading the first page if none is yet. */
export async function listedProjects(): Promise<BitbarProject[]> {
  if (useBitbarProjects.getState().projects.length === 0) await useBitbarProjects.getState().load();
  return useBitbarProjects.getState().projects;
}

/** Shows a screen of the Bitbar view (another store started a run, say). */
export const openBitbarScreen = (screen: BitbarScreen): void =>
  useBitbarProjects.getState().open(screen);
