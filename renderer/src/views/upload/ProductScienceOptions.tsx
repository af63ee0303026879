import { Button, Select, TextArea, TextField } from '../../ui';
import { useUpload } from '../../stores/upload-store';

/** Product Science's build metadata; name prefilled with the version, commit from git. */
export function ProductScienceOptions() {
  const form = useUpload((s) => s.forms.productscience);
  const edit = useUpload((s) => s.edit);
  const errors = useUpload((s) => s.fieldErrors);
  const readCommit = useUpload((s) => s.readCommitFromFolder);
  const reading = useUpload((s) => s.readingCommit);
  const set = (patch: Partial<typeof form>) => edit('productscience', patch);
  return (
    <div className="stack">
      <TextField
        label="Project"
        value={form.projectName}
        error={errors['productscience.projectName']}
        onChange={(e) => set({ projectName: e.target.value })}
      />
      <Select
        label="Build type"
        value={form.buildType}
        options={[
          { value: 'APK', label: 'APK' },
          { value: 'INSTRUMENTED_APK', label: 'Instrumented APK' },
        ]}
        onChange={(buildType) => set({ buildType })}
      />
      <TextField
        label="Build name"
        hint="To tell builds apart, e.g. the version."
        value={form.name}
        onChange={(e) => set({ name: e.target.value })}
      />
      <TextArea
        label="Description"
        rows={2}
        value={form.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <TextField
        label="Commit"
        className="input mono"
        value={form.sourceControlId}
        error={errors['productscience.sourceControlId']}
        onChange={(e) => set({ sourceControlId: e.target.value })}
      />
      <TextField
        label="Commit time"
        hint="ISO 8601, as git show -s --format=%cI prints it."
        value={form.sourceControlIsoTimestamp}
        error={errors['productscience.sourceControlIsoTimestamp']}
        onChange={(e) => set({ sourceControlIsoTimestamp: e.target.value })}
      />
      <div>
        <Button size="small" busy={reading} onClick={() => void readCommit()}>
          Read commit from a git folder…
        </Button>
      </div>
    </div>
  );
}
