import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BitbarProject } from '../../../../shared/contract/bitbar-projects';
import { Button, Select, TextField } from '../../ui';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { useUpload } from '../../stores/upload-store';
import { projectsForPlatform } from '../../stores/upload-forms';
import { BITBAR_KIND_EXTENSIONS, extensionOf } from '../../../../shared/domain/upload-rules';

const KINDS = [
  { value: 'application', label: 'upload:bitbar.kindApplication' },
  { value: 'test', label: 'upload:bitbar.kindTest' },
  { value: 'data', label: 'upload:bitbar.kindData' },
] as const;

const NO_PROJECTS: BitbarProject[] = [];

/** Bitbar: which project (or a new one), and which of its three file slots. */
export function BitbarOptions() {
  const { t } = useTranslation('upload');
  const form = useUpload((s) => s.forms.bitbar);
  const edit = useUpload((s) => s.edit);
  const errors = useUpload((s) => s.fieldErrors);
  const fileName = useUpload((s) => s.file?.fileName ?? '');
  const projects = useBitbarProjects((s) => s.choices);
  const list = projects.data ?? NO_PROJECTS;
  const platform = useUpload((s) => s.file?.build?.platform);
  const load = useBitbarProjects((s) => s.loadChoices);
  useEffect(() => {
    void load();
  }, [load]);

  // Only projects that can run this build are offered, so a mismatch is never sent.
  const fitting = projectsForPlatform(list, platform);
  const chosen = form.project;
  const chosenFits = typeof chosen !== 'number' || fitting.some((p) => p.id === chosen);
  useEffect(() => {
    if (!chosenFits && list.length > 0) edit('bitbar', { project: undefined });
  }, [chosenFits, list.length, edit]);

  const options = [
    {
      value: '',
      label: projects.loading ? t('bitbar.loadingProjects') : t('bitbar.chooseProject'),
    },
    ...fitting.map((p) => ({
      value: String(p.id),
      label: p.name,
    })),
    { value: 'new', label: t('bitbar.newProject') },
  ];
  const ext = extensionOf(fileName);
  return (
    <div className="stack">
      <Select
        label={t('bitbar.project')}
        value={form.project === undefined ? '' : String(form.project)}
        options={options}
        error={errors['bitbar.project'] ?? projects.error?.message}
        onChange={(value) => {
          if (value === 'new' || value === '') {
            edit('bitbar', { project: value === 'new' ? 'new' : undefined });
            return;
          }
          const project = list.find((p) => String(p.id) === value);
          edit('bitbar', { project: Number(value), projectName: project?.name ?? '' });
        }}
      />
      {platform && !projects.loading && !projects.error ? (
        <span className="subtle">
          {platform === 'ios' ? t('bitbar.showingIos') : t('bitbar.showingAndroid')}
        </span>
      ) : null}
      {projects.error ? (
        <Button size="small" onClick={() => void load()}>
          {t('bitbar.loadAgain')}
        </Button>
      ) : null}
      {form.project === 'new' ? (
        <div className="row" style={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('bitbar.newName')}
            value={form.newName}
            error={errors['bitbar.newName']}
            onChange={(e) => edit('bitbar', { newName: e.target.value })}
          />
          <Select
            label={t('bitbar.platform')}
            value={form.newType}
            disabled={Boolean(platform)}
            options={[
              { value: 'ANDROID', label: 'Android' },
              { value: 'IOS', label: 'iOS' },
            ]}
            onChange={(newType) => edit('bitbar', { newType })}
          />
        </div>
      ) : null}
      <fieldset className="plain-fieldset">
        <legend className="field-label">{t('bitbar.uploadAs')}</legend>
        <div className="segmented">
          {KINDS.map((kind) => (
            <button
              key={kind.value}
              type="button"
              aria-pressed={form.fileKind === kind.value}
              disabled={!BITBAR_KIND_EXTENSIONS[kind.value].includes(ext)}
              onClick={() => edit('bitbar', { fileKind: kind.value })}
            >
              {t(kind.label)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
