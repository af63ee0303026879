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
      <TextField
        label="Notify teams"
        hint="Team names, separated by commas. They get access and an email."
        value={form.notify}
        disabled={form.notifyPreviousTesters}
        onChange={(e) => set({ notify: e.target.value })}
      />
      <Choice
        type="checkbox"
        checked={form.notifyPreviousTesters}
        onChange={(e) => set({ notifyPreviousTesters: e.target.checked })}
      >
        Notify everyone who had the previous build
      </Choice>
      <TextField
        label="Add teams without notifying"
        hint="They get access silently."
        value={form.add}
        disabled={form.addPreviousTesters}
        onChange={(e) => set({ add: e.target.value })}
      />
      <Choice
        type="checkbox"
        checked={form.addPreviousTesters}
        onChange={(e) => set({ addPreviousTesters: e.target.checked })}
      >
        Add everyone who had the previous build, silently
      </Choice>
    </div>
  );
}
