import { useTranslation } from 'react-i18next';
import { Button, Select, TextArea, TextField } from '../../ui';
import { useUpload } from '../../stores/upload-store';

/** Product Science's build metadata; name prefilled with the version, commit from git. */
export function ProductScienceOptions() {
  const { t } = useTranslation('upload');
  const form = useUpload((s) => s.forms.productscience);
  const edit = useUpload((s) => s.edit);
  const errors = useUpload((s) => s.fieldErrors);
  const readCommit = useUpload((s) => s.readCommitFromFolder);
  const reading = useUpload((s) => s.readingCommit);
  const set = (patch: Partial<typeof form>) => edit('productscience', patch);
  return (
    <div className="stack">
      <TextField
        label={t('productscience.project')}
        value={form.projectName}
        error={errors['productscience.projectName']}
        onChange={(e) => set({ projectName: e.target.value })}
      />
      <Select
        label={t('productscience.buildType')}
        value={form.buildType}
        options={[
          { value: 'APK', label: 'APK' },
          { value: 'INSTRUMENTED_APK', label: t('productscience.instrumentedApk') },
        ]}
        onChange={(buildType) => set({ buildType })}
      />
      <TextField
        label={t('productscience.buildName')}
        hint={t('productscience.buildNameHint')}
        value={form.name}
        onChange={(e) => set({ name: e.target.value })}
      />
      <TextArea
        label={t('productscience.description')}
        rows={2}
        value={form.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <TextField
        label={t('productscience.commit')}
        className="input mono"
        value={form.sourceControlId}
        error={errors['productscience.sourceControlId']}
        onChange={(e) => set({ sourceControlId: e.target.value })}
      />
      <TextField
        label={t('productscience.commitTime')}
        hint={t('productscience.commitTimeHint')}
        value={form.sourceControlIsoTimestamp}
        error={errors['productscience.sourceControlIsoTimestamp']}
        onChange={(e) => set({ sourceControlIsoTimestamp: e.target.value })}
      />
      <div>
        <Button size="small" busy={reading} onClick={() => void readCommit()}>
          {t('productscience.readCommit')}
        </Button>
      </div>
    </div>
  );
}
