import type { ReleaseNotesDraft } from '../../../shared/contract/history';
import type { CoreContext } from '../context';
import { updateSettings } from '../settings-store';
import { draftReleaseNotes } from './release-notes';
import { t } from '../i18n/translate';

/**
 * Drafts an app's release notes from its repository: the folder the person chooses now
 * (remembered for the app id once a draft succeeds) or the one chosen before. The notes start
 * at the commit of the app's last delivered build, when the history knows it.
 */
export async function draftAppReleaseNotes(
  ctx: CoreContext,
  appId: string,
  chosen?: string,
): Promise<ReleaseNotesDraft> {
  const folder = chosen ?? ctx.settings.read().appRepositories[appId];
  if (!folder) return { kind: 'needs-folder' };
  const draft = await draftReleaseNotes(folder, ctx.history.lastCommit(appId));
  if (chosen) {
    updateSettings(ctx.settings, (settings) => {
      settings.appRepositories[appId] = chosen;
    });
  }
  return {
    kind: 'draft',
    folder,
    head: draft.head,
    since: SINCE_WORDS[draft.since.kind](draft.since.ref),
    commits: draft.commits,
    text: draft.text,
  };
}

const SINCE_WORDS: Record<'commit' | 'tag' | 'recent', (ref: string) => string> = {
  commit: () => t('git:sinceDelivered'),
  tag: (ref) => t('git:sinceTag', { tag: ref }),
  recent: (ref) => ref,
};
