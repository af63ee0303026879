import { create } from 'zustand';
import type { BuildHistory } from '../../../shared/contract/history';
import type { DropDigest, FileFacts } from '../../../shared/contract/uploads';
import { extensionOf, isDroppable } from '../../../shared/domain/upload-rules';
import { DropshipError, type DropshipErrorShape } from '../../../shared/errors';
import type { ServiceId } from '../../../shared/domain/services';
import { dropship } from '../lib/dropship';
import { asErrorShape, errorSentence } from '../lib/errors';
import { fieldsSlot, track, type Slot } from './async-state';
import { isHeldAsDelivered } from './build-history';
import { emptyForms, formProblems, prefill, toTargets, type UploadForms } from './upload-forms';
import { translate as t } from '../lib/translate';
import { dropArrived } from './upload-jobs-store';

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
  /** Resolves with the drop it started, or undefined when nothing was sent. */
  send: () => Promise<string | undefined>;
  /** Opens the choices again to send the same build elsewhere. */
  sendMore: () => void;
  reset: () => void;
}

/** Tells a newer drop from a slower, older one still being read. */
let generation = 0;
/** The current drop's SHA-256, settled when main's `uploads.digest` event names its file. */
let awaitedDigest: { path: string; settle: (event: DropDigest) => void } | undefined;
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

  dropFile: async (file, leftOut = []) => {
    if (!isDroppable(file.name)) {
      generation++;
      set({
        ...initial(),
        status: 'refused',
        fileName: file.name,
        leftOut,
        problem: {
          code: 'unsupported_file',
          retryable: false,
          message: t('messages:upload.notABuild', { file: file.name }),
        },
      });
      return;
    }
    await get().openPath(dropship.pathForFile(file), file.name, leftOut);
  },

  dropFiles: async (files) => {
    const first = files.find((file) => isDroppable(file.name)) ?? files[0];
    if (!first) return;
    const rest = files.filter((file) => file !== first).map((file) => file.name);
    await get().dropFile(first, rest);
  },

  openPath: async (path, fileName, leftOut = [], sendAgain = []) => {
    const mine = ++generation;
    set({ ...initial(), status: 'reading', fileName, leftOut, sendAgain });
    const hashed = awaitDigest(path);
    void hashed.then(
      (sha256) => mine === generation && set({ sha256 }),
      (error: unknown) => mine === generation && set({ hashError: asErrorShape(error).message }),
    );
    try {
      const { file, remembered } = await dropship.uploads.describeDrop({ path });
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
        .then(async (sha256) => {
          const history = await dropship.history.forBuild({ path, sha256 });
          if (mine !== generation) return;
          const { selected, sendAgain, forms } = get();
          set({
            history,
            selected: selected.filter(
              (s) => !isHeldAsDelivered(history, sendAgain, s, forms[s].account),
            ),
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
    const { history, sendAgain, forms } = get();
    if (on && isHeldAsDelivered(history, sendAgain, service, forms[service].account)) return;
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
    const reading: Slot<never> = {
      read: () => ({ loading: get().readingCommit }),
      // A failure belongs to the commit field, as one sentence with what to do.
      write: ({ loading, error }) => {
        set({ readingCommit: loading });
        if (!error) return;
        const sentence = errorSentence(error);
        set({ fieldErrors: { ...get().fieldErrors, 'productscience.sourceControlId': sentence } });
      },
    };
    await track(reading, async () => {
      const { path } = await dropship.system.chooseFolder({
        title: t('messages:upload.chooseGitFolder'),
      });
      if (!path) return;
      const commit = await dropship.uploads.gitCommit({ folder: path });
      get().edit('productscience', {
        sourceControlId: commit.commitId,
        sourceControlIsoTimestamp: commit.isoTimestamp,
      });
    });
  },

  send: async () => {
    const { file, forms, selected, sendUnreadable, commit } = get();
    if (!file || selected.length === 0) return undefined;
    if (isUnreadableBuild(file) && !sendUnreadable) return undefined;
    const fieldErrors = formProblems(forms, selected);
    if (Object.keys(fieldErrors).length > 0) {
      set({ fieldErrors });
      return undefined;
    }
    const sent = await track(
      fieldsSlot(set, get, { loading: 'sending', error: 'sendError' }),
      async () => {
        // Sent before the history answered, a build could reach a service that has it already.
        await historyCheck;
        const { history, sendAgain, forms } = get();
        const held = (s: ServiceId) => isHeldAsDelivered(history, sendAgain, s, forms[s].account);
        if (get().file !== file || selected.some(held)) {
          return undefined; // Another build was dropped, or the cards now say where this one is.
        }
        const started = await dropship.uploads.start({
          path: file.path,
          targets: toTargets(forms, selected),
          commit,
        });
        // The jobs reach their store as main's `uploads.job` events; the view shows them next.
        await dropArrived(started.dropId);
        set({ sentTo: selected, selected: [], lastDropId: started.dropId });
        return started.dropId;
      },
    );
    return sent.ok ? sent.value : undefined;
  },

  sendMore: () => set({ sentTo: [] }),

  reset: () => {
    generation++;
    set(initial());
  },
}));

/** The SHA-256 `describeDrop` will announce for `path` (a newer drop stops waiting for it). */
function awaitDigest(path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    awaitedDigest = {
      path,
      settle: (event) =>
        'sha256' in event ? resolve(event.sha256) : reject(new DropshipError(event.error)),
    };
  });
}

/** Main's `uploads.digest` event: the SHA-256 of a dropped file, or why it was not read. */
export function digestArrived(event: DropDigest): void {
  if (awaitedDigest?.path !== event.path) return;
  awaitedDigest.settle(event);
  awaitedDigest = undefined;
}

/** Opens a build as if it were dropped (History's "Send again", a watched folder, the OS). */
export function openBuild(
  path: string,
  fileName: string,
  leftOut?: string[],
  sendAgain?: ServiceId[],
): Promise<void> {
  return useUpload.getState().openPath(path, fileName, leftOut, sendAgain);
}

/** The build on the Upload view now, if one was read. */
export const currentBuild = (): FileFacts | undefined => useUpload.getState().file;

/** Release notes drafted from git, for the build still on the Upload view. */
export function applyDraftTo(path: string, text: string, commit: string): void {
  const state = useUpload.getState();
  if (state.file?.path === path) state.applyDraft(text, commit);
}

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
