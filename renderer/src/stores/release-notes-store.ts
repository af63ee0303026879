import { create } from 'zustand';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { errorSentence } from '../lib/errors';
import { track, type Slot } from './async-state';
import { applyDraftTo, currentBuild } from './upload-store';

interface ReleaseNotesState {
  drafting: boolean;
  /** The build the words below are about: a new drop starts with none. */
  path?: string;
  /** "Drafted from 12 commits in ~/code/app since the last delivered build." */
  summary?: string;
  error?: string;
  /** Fills Installr's release notes from the app's repository (asked for once per app). */
  draft: (chooseAnother?: boolean) => Promise<void>;
}

/** "Draft from git": the repository is chosen once per app id; main remembers it. */
export const useReleaseNotes = create<ReleaseNotesState>((set, get) => ({
  drafting: false,

  draft: async (chooseAnother = false) => {
    const file = currentBuild();
    const appId = file?.build?.id;
    if (!file || !appId) return;
    set({ path: file.path, summary: undefined, error: undefined });
    const drafting: Slot<never> = {
      read: () => ({ loading: get().drafting }),
      // Shown under the notes as one sentence: what went wrong and what to do.
      write: ({ loading, error }) =>
        set({
          drafting: loading,
          error: error && errorSentence(error),
        }),
    };
    await track(drafting, async () => {
      let folder: string | undefined;
      let draft = chooseAnother ? undefined : await dropship.history.draftReleaseNotes({ appId });
      if (!draft || draft.kind === 'needs-folder') {
        const chosen = await dropship.system.chooseFolder({
          title: t('messages:releaseNotes.chooseRepo', { app: file.build?.name ?? appId }),
        });
        if (!chosen.path) return;
        folder = chosen.path;
        draft = await dropship.history.draftReleaseNotes({ appId, folder });
      }
      if (draft.kind !== 'draft' || currentBuild()?.path !== file.path) return;
      applyDraftTo(file.path, draft.text, draft.head);
      set({ summary: summaryOf(draft.commits, draft.folder, draft.since) });
    });
  },
}));

function summaryOf(commits: number, folder: string, since: string): string {
  if (commits === 0) return t('messages:releaseNotes.none', { folder, since });
  return t('messages:releaseNotes.drafted', { count: commits, folder, since });
}
