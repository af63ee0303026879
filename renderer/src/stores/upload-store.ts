import { create } from 'zustand';
import type { BitbarProject } from '../../../shared/contract/bitbar-projects';
import type { BuildHistory } from '../../../shared/contract/history';
import type { FileFacts } from '../../../shared/contract/uploads';
import { dropRefusal, extensionOf } from '../../../shared/domain/upload-rules';
import type { DropshipErrorShape } from '../../../shared/errors';
import type { ServiceId } from '../../../shared/domain/services';
import { dropship } from '../lib/dropship';
import { asErrorShape } from '../lib/errors';
import { isHeldAsDelivered } from './build-history';
import { emptyForms, formProblems, prefill, toTargets, type UploadForms } from './upload-forms';
import { useUploadJobs } from './upload-jobs-store';
import { translate as t } from '../lib/translate';

type FileStatus = 'empty' | 'reading' | 'ready' | 'refused' | 'error';

interface UploadState {
  status: FileStatus;
  /** The dropped file's name, known before main has read it. */
  fileName?: string;
  file?: FileFacts;
  sha256?: string;
  hashError?: string;
  /** Other files dropped with this one, not opened: one build is sent at a time. */
  leftOut: string[];
  /** Why the file was refused (not a build), or could not be read. */
  problem?: DropshipErrorShape;
  selected: ServiceId[];
  forms: UploadForms;
  /** Field problems, keyed `<service>.<field>`. */
  fieldErrors: Record<string, string>;
  /** Where these bytes already are, and what changed since the app's last delivered build. */
  history?: BuildHistory;
  /** Services that already have the build, which the person chose to send it to again. */
  sendAgain: ServiceId[];
  /** The git commit the build was made from (HEAD of the repository the notes were drafted from). */
  commit?: string;
  /** The person chose to send a build Dropship could not read (see `isUnreadableBuild`). */
  sendUnreadable: boolean;
  sending: boolean;
  /** The chosen services were sent to; the choices fold away until asked for again. */
  sentTo: ServiceId[];
  sendError?: DropshipErrorShape;
  /** The drop the last Send started (the view moves the person's focus to it). */
  lastDropId?: string;
  readingCommit: boolean;
  /** Bitbar projects to pick from (first 200, by the API's order). */
  bitbarProjects: { loading: boolean; list: BitbarProject[]; error?: DropshipErrorShape };
  loadBitbarProjects: () => Promise<void>;
  dropFile: (file: File, leftOut?: string[]) => Promise<void>;
  /** Several files at once: opens the first build among them and names the rest. */
  dropFiles: (files: readonly File[]) => Promise<void>;
  /** `sendAgain`: services the person already asked to send these bytes to again (History). */
  openPath: (
    path: string,
    fileName: string,
    leftOut?: string[],
    sendAgain?: ServiceId[],
  ) => Promise<void>;
  toggle: (service: ServiceId, on: boolean) => void;
  setSendUnreadable: (on: boolean) => void;
  sendAgainAnyway: (service: ServiceId) => void;
  /** Release notes drafted from git replace the Installr notes; HEAD goes with the delivery. */
  applyDraft: (text: string, commit: string) => void;
  edit: <S extends keyof UploadForms>(service: S, patch: Partial<UploadForms[S]>) => void;
  readCommitFromFolder: () => Promise<void>;
  send: () => Promise<boolean>;
  /** Opens the choices again to send the same build elsewhere. */
  sendMore: () => void;
  reset: () => void;
}

/** Tells a newer drop from a slower, older one still being read. */
let generation = 0;
/** The current drop's look-up in the history; Send waits for it, so nothing goes twice. */
let historyCheck: Promise<void> = Promise.resolve();

const initial = () => ({
  status: 'empty' as FileStatus,
  fileName: undefined,
  file: undefined,
  sha256: undefined,
  hashError: undefined,
  leftOut: [] as string[],
  problem: undefined,
  selected: [] as ServiceId[],
  forms: emptyForms(),
  fieldErrors: {},
  history: undefined,
  sendAgain: [] as ServiceId[],
  commit: undefined,
  sendUnreadable: false,
  sending: false,
  sentTo: [] as ServiceId[],
  sendError: undefined,
});

/** The Upload view's state: the dropped file, the chosen services and their options. */
export const useUpload = create<UploadState>((set, get) => ({
  ...initial(),
  readingCommit: false,
  bitbarProjects: { loading: false, list: [] },

  loadBitbarProjects: async () => {
    set({ bitbarProjects: { ...get().bitbarProjects, loading: true, error: undefined } });
    try {
      const page = await dropship.bitbar.projects({ offset: 0, limit: 200, search: '' });
      set({ bitbarProjects: { loading: false, list: page.projects } });
    } catch (error) {
      set({ bitbarProjects: { loading: false, list: [], error: asErrorShape(error) } });
    }
  },

  dropFile: async (file, leftOut = []) => {
    const refusal = dropRefusal(file.name);
    if (refusal) {
      generation++;
      set({
        ...initial(),
        status: 'refused',
        fileName: file.name,
        leftOut,
        problem: { code: 'unsupported_file', retryable: false, message: refusal },
      });
      return;
    }
    await get().openPath(dropship.pathForFile(file), file.name, leftOut);
  },

  dropFiles: async (files) => {
    const first = files.find((file) => !dropRefusal(file.name)) ?? files[0];
    if (!first) return;
    const rest = files.filter((file) => file !== first).map((file) => file.name);
    await get().dropFile(first, rest);
  },

  openPath: async (path, fileName, leftOut = [], sendAgain = []) => {
    const mine = ++generation;
    set({ ...initial(), status: 'reading', fileName, leftOut, sendAgain });
    const hashed = dropship.uploads.hashFile({ path });
    void hashed.then(
      ({ sha256 }) => mine === generation && set({ sha256 }),
      (error: unknown) => mine === generation && set({ hashError: asErrorShape(error).message }),
    );
    try {
      const file = await dropship.uploads.describeFile({ path });
      const appId = file.build?.id;
      const remembered = appId ? await dropship.uploads.rememberedTargets({ appId }) : [];
      if (mine !== generation) return;
      if (file.size === 0) {
        set({ status: 'refused', problem: emptyFileProblem(fileName) });
        return;
      }
      const accepted = new Set(file.services.filter((s) => s.accepted).map((s) => s.service));
      set({
        status: 'ready',
        file,
        forms: prefill(file, remembered),
        // A damaged build is sent nowhere until the person says so.
        selected: isUnreadableBuild(file)
          ? []
          : remembered.map((t) => t.service).filter((s) => accepted.has(s)),
      });
      historyCheck = hashed
        .then(async ({ sha256 }) => {
          const history = await dropship.history.forBuild({ path, sha256 });
          if (mine !== generation) return;
          const { selected, sendAgain } = get();
          set({
            history,
            selected: selected.filter((s) => !isHeldAsDelivered(history, sendAgain, s)),
          });
        })
        .catch(noHistory);
    } catch (error) {
      if (mine !== generation) return;
      const shape = asErrorShape(error);
      set({ status: shape.code === 'unsupported_file' ? 'refused' : 'error', problem: shape });
    }
  },

  toggle: (service, on) => {
    const { file, sendUnreadable } = get();
    if (on && file && isUnreadableBuild(file) && !sendUnreadable) return;
    if (on && isHeldAsDelivered(get().history, get().sendAgain, service)) return;
    const others = get().selected.filter((s) => s !== service);
    set({ selected: on ? [...others, service] : others, sendError: undefined });
  },

  setSendUnreadable: (on) =>
    set(on ? { sendUnreadable: true } : { sendUnreadable: false, selected: [] }),

  sendAgainAnyway: (service) => {
    set({ sendAgain: [...get().sendAgain.filter((s) => s !== service), service] });
    get().toggle(service, true);
  },

  applyDraft: (text, commit) => {
    get().edit('installr', { releaseNotes: text });
    set({ commit });
  },

  edit: (service, patch) => {
    const forms = get().forms;
    const fieldErrors = { ...get().fieldErrors };
    for (const key of Object.keys(patch)) delete fieldErrors[`${service}.${key}`];
    set({ forms: { ...forms, [service]: { ...forms[service], ...patch } }, fieldErrors });
  },

  readCommitFromFolder: async () => {
    set({ readingCommit: true });
    try {
      const { path } = await dropship.system.chooseFolder({
        title: t('messages:upload.chooseGitFolder'),
      });
      if (!path) return;
      const commit = await dropship.uploads.gitCommit({ folder: path });
      get().edit('productscience', {
        sourceControlId: commit.commitId,
        sourceControlIsoTimestamp: commit.isoTimestamp,
      });
    } catch (error) {
      const shape = asErrorShape(error);
      set({
        fieldErrors: {
          ...get().fieldErrors,
          'productscience.sourceControlId': shape.hint
            ? `${shape.message} ${shape.hint}`
            : shape.message,
        },
      });
    } finally {
      set({ readingCommit: false });
    }
  },

  send: async () => {
    const { file, forms, selected, sendUnreadable, commit } = get();
    if (!file || selected.length === 0) return false;
    if (isUnreadableBuild(file) && !sendUnreadable) return false;
    const fieldErrors = formProblems(forms, selected);
    if (Object.keys(fieldErrors).length > 0) {
      set({ fieldErrors });
      return false;
    }
    set({ sending: true, sendError: undefined });
    try {
      // Sent before the history answered, a build could reach a service that has it already.
      await historyCheck;
      const { history, sendAgain } = get();
      if (get().file !== file || selected.some((s) => isHeldAsDelivered(history, sendAgain, s))) {
        return false; // Another build was dropped, or the cards now say where this one is.
      }
      const started = await dropship.uploads.start({
        path: file.path,
        targets: toTargets(forms, selected),
        commit,
      });
      useUploadJobs.getState().addDrop(started.dropId, started.jobs);
      set({ sentTo: selected, selected: [], lastDropId: started.dropId });
      return true;
    } catch (error) {
      set({ sendError: asErrorShape(error) });
      return false;
    } finally {
      set({ sending: false });
    }
  },

  sendMore: () => set({ sentTo: [] }),

  reset: () => {
    generation++;
    set(initial());
  },
}));

/**
 * The history could not be read (a hash or inspection error is shown on its own): the drop
 * works as it did before there was a history, with no "already delivered" or diff.
 */
function noHistory(): void {}

/** Build files (not data zips) whose contents Dropship could not read: damaged or cut short. */
export function isUnreadableBuild(file: FileFacts): boolean {
  return (
    Boolean(file.inspectError) && ['.apk', '.ipa', '.aab'].includes(extensionOf(file.fileName))
  );
}

function emptyFileProblem(fileName: string): DropshipErrorShape {
  return {
    code: 'unsupported_file',
    retryable: false,
    message: t('messages:upload.empty', { file: fileName }),
    hint: t('messages:upload.emptyHint'),
  };
}
