import { Choice, TextArea, TextField } from '../../ui';
import { useUpload } from '../../stores/upload-store';

/** Installr's "Create App" fields: release notes, teams to notify, teams to add silently. */
export function InstallrOptions() {
  const form = useUpload((s) => s.forms.installr);
  const edit = useUpload((s) => s.edit);
  const set = (patch: Partial<typeof form>) => edit('installr', patch);
  return (
    <div className="stack">
      <TextArea
        label="Release notes"
        rows={3}
        value={form.releaseNotes}
        onChange={(e) => set({ releaseNotes: e.target.value })}
      />
      <TeamsField
        label="Notify teams"
        hint="Team names, separated by commas. They get access and an email."
        teams={form.notify}
        onTeams={(notify) => set({ notify })}
        previous="Notify everyone who had the previous build"
        usePrevious={form.notifyPreviousTesters}
        onUsePrevious={(notifyPreviousTesters) => set({ notifyPreviousTesters })}
      />
      <TeamsField
        label="Add teams without notifying"
        hint="They get access silently."
        teams={form.add}
        onTeams={(add) => set({ add })}
        previous="Add everyone who had the previous build, silently"
        usePrevious={form.addPreviousTesters}
        onUsePrevious={(addPreviousTesters) => set({ addPreviousTesters })}
      />
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
