import { useTranslation } from 'react-i18next';
import { Button, Choice, TextArea, TextField } from '../../ui';
import { useReleaseNotes } from '../../stores/release-notes-store';
import { useUpload } from '../../stores/upload-store';

/** Installr's "Create App" fields: release notes, teams to notify, teams to add silently. */
export function InstallrOptions() {
  const { t } = useTranslation('upload');
  const form = useUpload((s) => s.forms.installr);
  const edit = useUpload((s) => s.edit);
  const set = (patch: Partial<typeof form>) => edit('installr', patch);
  return (
    <div className="stack">
      <div className="stack release-notes">
        <TextArea
          label={t('installr.releaseNotes')}
          rows={3}
          value={form.releaseNotes}
          onChange={(e) => set({ releaseNotes: e.target.value })}
        />
        <DraftFromGit />
      </div>
      <TeamsField
        label={t('installr.notify')}
        hint={t('installr.notifyHint')}
        teams={form.notify}
        onTeams={(notify) => set({ notify })}
        previous={t('installr.notifyPrevious')}
        usePrevious={form.notifyPreviousTesters}
        onUsePrevious={(notifyPreviousTesters) => set({ notifyPreviousTesters })}
      />
      <TeamsField
        label={t('installr.add')}
        hint={t('installr.addHint')}
        teams={form.add}
        onTeams={(add) => set({ add })}
        previous={t('installr.addPrevious')}
        usePrevious={form.addPreviousTesters}
        onUsePrevious={(addPreviousTesters) => set({ addPreviousTesters })}
      />
    </div>
  );
}

/** Drafts the notes from the app's repository (chosen once per app), for the person to edit. */
function DraftFromGit() {
  const { t } = useTranslation('upload');
  const file = useUpload((s) => s.file);
  const drafting = useReleaseNotes((s) => s.drafting);
  const path = useReleaseNotes((s) => s.path);
  const summary = useReleaseNotes((s) => s.summary);
  const error = useReleaseNotes((s) => s.error);
  const draft = useReleaseNotes((s) => s.draft);
  if (!file?.build?.id) return null;
  const mine = path === file.path;
  return (
    <div className="stack draft-from-git">
      <div className="row">
        <Button size="small" busy={drafting} onClick={() => void draft()}>
          {t('installr.draftFromGit')}
        </Button>
        {mine && summary ? (
          <Button size="small" variant="ghost" onClick={() => void draft(true)}>
            {t('installr.chooseRepository')}
          </Button>
        ) : null}
      </div>
      {mine && summary ? (
        <p className="subtle draft-note" role="status">
          {summary}
        </p>
      ) : null}
      {mine && error ? (
        <p className="field-error draft-note" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TeamsFieldProps {
  label: string;
  hint: string;
  teams: string;
  onTeams(teams: string): void;
  /** The alternative to naming teams: whoever had the previous build. */
  previous: string;
  usePrevious: boolean;
  onUsePrevious(use: boolean): void;
}

/** Teams by name, or everyone who had the previous build (which makes the names moot). */
function TeamsField(props: TeamsFieldProps) {
  return (
    <>
      <TextField
        label={props.label}
        hint={props.hint}
        value={props.teams}
        disabled={props.usePrevious}
        onChange={(e) => props.onTeams(e.target.value)}
      />
      <Choice
        type="checkbox"
        checked={props.usePrevious}
        onChange={(e) => props.onUsePrevious(e.target.checked)}
      >
        {props.previous}
      </Choice>
    </>
  );
}
