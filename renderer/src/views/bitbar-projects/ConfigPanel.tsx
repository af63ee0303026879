import { useEffect, useState } from 'react';
import {
  modesForProject,
  optionApplies,
  type BitbarConfig,
  type BitbarConfigEdit,
} from '../../../../shared/contract/bitbar-config';
import type { BitbarProject } from '../../../../shared/contract/bitbar-projects';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import {
  Badge,
  Button,
  Card,
  Choice,
  ErrorState,
  errorText,
  LoadingState,
  Select,
  TextField,
} from '../../ui';
import { deviceCount, runPrice } from '../devices/device-words';
import { ParametersPanel } from './ParametersPanel';
import { modeWords } from './project-words';
import { useTranslation } from 'react-i18next';

/** The project's test-run config, showing only the options of the chosen mode. */
export function ConfigPanel({ project }: { project: BitbarProject }) {
  const { t } = useTranslation('bitbarProjects');
  const { config, loadConfig } = useBitbarProjectDetail();
  useEffect(() => void loadConfig(project.id), [project.id, loadConfig]);
  return (
    <div className="stack">
      {config.error ? (
        <ErrorState error={config.error} onRetry={() => void loadConfig(project.id)} />
      ) : null}
      {config.loading && !config.data ? (
        <LoadingState label={t('config.loading')} rows={5} />
      ) : null}
      {config.data ? <ConfigForm key={project.id} project={project} config={config.data} /> : null}
      <ParametersPanel />
    </div>
  );
}

function ConfigForm({ project, config }: { project: BitbarProject; config: BitbarConfig }) {
  const { t } = useTranslation('bitbarProjects');
  const { saveConfig, setGroup, busy, errors, saved } = useBitbarProjectDetail();
  const [edit, setEdit] = useState<BitbarConfigEdit>(config.edit);
  const error = errors.config;
  const field = (name: keyof BitbarConfigEdit) => error?.fields?.[name];
  const set = <K extends keyof BitbarConfigEdit>(name: K, value: BitbarConfigEdit[K]) =>
    setEdit({ ...edit, [name]: value });
  const shows = (name: keyof BitbarConfigEdit) => optionApplies(name, edit.mode);
  const text = (name: keyof BitbarConfigEdit, label: string, hint?: string) =>
    shows(name) ? (
      <TextField
        label={label}
        hint={hint}
        value={String(edit[name] ?? '')}
        onChange={(e) => set(name, e.target.value as never)}
        error={field(name)}
      />
    ) : null;
  const check = (name: 'autoScreenshots' | 'launchApp' | 'checkApp', label: string) =>
    shows(name) ? (
      <Choice type="checkbox" checked={edit[name]} onChange={(e) => set(name, e.target.checked)}>
        {label}
      </Choice>
    ) : null;

  return (
    <Card
      title={t('config.title')}
      actions={
        config.runAvailable ? (
          <Badge tone="good">{t('config.ready')}</Badge>
        ) : (
          <Badge tone="warning">{t('config.notReady')}</Badge>
        )
      }
    >
      <form
        className="stack"
        aria-label={t('config.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void saveConfig(edit);
        }}
      >
        <GroupChoice
          project={project}
          config={config}
          onChange={(groupId) => void setGroup(groupId)}
        />
        <div className="grid-2">
          <Select
            label={t('config.mode')}
            value={edit.mode}
            options={modesForProject(project.type).map((m) => ({
              value: m,
              label: modeWords(t, m),
            }))}
            onChange={(mode) => set('mode', mode)}
            error={field('mode')}
          />
          <Select
            label={t('config.scheduler')}
            value={edit.scheduler}
            options={[
              { value: 'PARALLEL', label: t('config.parallel') },
              { value: 'SERIAL', label: t('config.serial') },
            ]}
            onChange={(scheduler) => set('scheduler', scheduler)}
          />
          {text('uiAutomatorTestClasses', t('config.testClasses'), t('config.testClassesHint'))}
          {text('withAnnotation', t('config.withAnnotation'))}
          {text('withoutAnnotation', t('config.withoutAnnotation'))}
          {text('instrumentationRunner', t('config.runner'), t('config.runnerHint'))}
          {text('applicationUsername', t('config.appUser'), t('config.appUserHint'))}
          {shows('applicationPassword') ? (
            <TextField
              label={t('config.appPassword')}
              type="password"
              value={edit.applicationPassword}
              onChange={(e) => set('applicationPassword', e.target.value)}
            />
          ) : null}
          <Select
            label={t('config.limit')}
            value={edit.limitationType ?? 'NONE'}
            options={[
              { value: 'NONE', label: t('config.limitNone') },
              { value: 'PACKAGE', label: t('config.limitPackage') },
              { value: 'CLASS', label: t('config.limitClass') },
            ]}
            onChange={(value) =>
              setEdit({
                ...edit,
                limitationType: value === 'NONE' ? null : value,
                limitationValue: value === 'NONE' ? '' : edit.limitationValue,
              })
            }
          />
          {edit.limitationType
            ? text(
                'limitationValue',
                edit.limitationType === 'PACKAGE' ? t('config.package') : t('config.class'),
              )
            : null}
          {text('deviceLanguageCode', t('config.language'), t('config.languageHint'))}
          {text('screenshotDir', t('config.screenshotDir'))}
          {text('hookURL', t('config.hook'))}
        </div>
        <div className="stack" style={{ gap: 6 }}>
          {check('autoScreenshots', t('config.autoScreenshots'))}
          {check('launchApp', t('config.launchApp'))}
          {check('checkApp', t('config.checkApp'))}
        </div>
        {error && !error.fields ? <ErrorState error={error} /> : null}
        {error?.fields ? (
          <p className="field-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy.config}>
            {t('config.save')}
          </Button>
          {saved.config ? (
            <span className="subtle" role="status">
              {saved.config}
            </span>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

function GroupChoice({
  project,
  config,
  onChange,
}: {
  project: BitbarProject;
  config: BitbarConfig;
  onChange: (groupId: number) => void;
}) {
  const { t } = useTranslation('bitbarProjects');
  const { groups, load, projectId } = useBitbarGroups();
  useEffect(() => {
    if (projectId !== project.id) void load(project.id);
  }, [project.id, projectId, load]);
  const options = [...(groups.data?.project ?? []), ...(groups.data?.public ?? [])];
  const current = options.find((g) => g.id === config.usedDeviceGroupId);
  return (
    <Select
      label={t('config.group')}
      hint={
        current
          ? t('config.groupHint', {
              devices: deviceCount(t, current.deviceCount),
              price: runPrice(t, config.creditsPrice),
            })
          : t('config.groupHintNone')
      }
      value={String(config.usedDeviceGroupId ?? '')}
      options={[
        ...(current
          ? []
          : [
              {
                value: String(config.usedDeviceGroupId ?? ''),
                label: config.usedDeviceGroupId
                  ? t('config.groupId', { id: config.usedDeviceGroupId })
                  : t('config.groupNone'),
              },
            ]),
        ...options.map((g) => ({
          value: String(g.id),
          label: g.editable ? g.name : t('config.publicGroup', { name: g.name }),
        })),
      ]}
      onChange={(value) => value && onChange(Number(value))}
    />
  );
}
