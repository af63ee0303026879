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
import { Badge, Button, Card, Choice, ErrorState, LoadingState, Select, TextField } from '../../ui';
import { runPrice } from '../devices/device-words';
import { ParametersPanel } from './ParametersPanel';
import { MODE_WORDS } from './project-words';

/** The project's test-run config, showing only the options of the chosen mode. */
export function ConfigPanel({ project }: { project: BitbarProject }) {
  const { config, loadConfig } = useBitbarProjectDetail();
  useEffect(() => void loadConfig(project.id), [project.id, loadConfig]);
  return (
    <div className="stack">
      {config.error ? (
        <ErrorState error={config.error} onRetry={() => void loadConfig(project.id)} />
      ) : null}
      {config.loading && !config.data ? (
        <LoadingState label="Loading the config…" rows={5} />
      ) : null}
      {config.data ? <ConfigForm key={project.id} project={project} config={config.data} /> : null}
      <ParametersPanel />
    </div>
  );
}

function ConfigForm({ project, config }: { project: BitbarProject; config: BitbarConfig }) {
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
      title="Test-run config"
      actions={
        config.runAvailable ? (
          <Badge tone="good">Ready to run</Badge>
        ) : (
          <Badge tone="warning">Not ready: upload the app (and tests)</Badge>
        )
      }
    >
      <form
        className="stack"
        aria-label="Test-run config"
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
            label="What runs"
            value={edit.mode}
            options={modesForProject(project.type).map((m) => ({ value: m, label: MODE_WORDS[m] }))}
            onChange={(mode) => set('mode', mode)}
            error={field('mode')}
          />
          <Select
            label="Devices run"
            value={edit.scheduler}
            options={[
              { value: 'PARALLEL', label: 'All at once' },
              { value: 'SERIAL', label: 'One after another' },
            ]}
            onChange={(scheduler) => set('scheduler', scheduler)}
          />
          {text(
            'uiAutomatorTestClasses',
            'Test classes',
            'Required. Separate several with commas.',
          )}
          {text('withAnnotation', 'Only tests with the annotation')}
          {text('withoutAnnotation', 'Skip tests with the annotation')}
          {text(
            'instrumentationRunner',
            'Instrumentation runner',
            'Your class that extends InstrumentationTestRunner.',
          )}
          {text('applicationUsername', 'App login user name', 'The crawler signs in with it.')}
          {shows('applicationPassword') ? (
            <TextField
              label="App login password"
              type="password"
              value={edit.applicationPassword}
              onChange={(e) => set('applicationPassword', e.target.value)}
            />
          ) : null}
          <Select
            label="Limit to"
            value={edit.limitationType ?? 'NONE'}
            options={[
              { value: 'NONE', label: 'Every test' },
              { value: 'PACKAGE', label: 'One package' },
              { value: 'CLASS', label: 'One class' },
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
            ? text('limitationValue', edit.limitationType === 'PACKAGE' ? 'Package' : 'Class')
            : null}
          {text('deviceLanguageCode', 'Device language', 'Language and country, e.g. en_US.')}
          {text('screenshotDir', 'Screenshot folder on the device')}
          {text('hookURL', 'Notify this address when a run ends')}
        </div>
        <div className="stack" style={{ gap: 6 }}>
          {check('autoScreenshots', 'Take a screenshot before and after every test method')}
          {check('launchApp', 'Launch the app when the tests start')}
          {check('checkApp', 'Have Bitbar verify the app')}
        </div>
        {error && !error.fields ? <ErrorState error={error} /> : null}
        {error?.fields ? (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy.config}>
            Save config
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
  const { groups, load, projectId } = useBitbarGroups();
  useEffect(() => {
    if (projectId !== project.id) void load(project.id);
  }, [project.id, projectId, load]);
  const options = [...(groups.data?.project ?? []), ...(groups.data?.public ?? [])];
  const current = options.find((g) => g.id === config.usedDeviceGroupId);
  return (
    <Select
      label="Device group"
      hint={
        current
          ? `${current.deviceCount} devices, ${runPrice(config.creditsPrice)}. Build groups in Devices.`
          : 'Build groups in Devices.'
      }
      value={String(config.usedDeviceGroupId ?? '')}
      options={[
        ...(current
          ? []
          : [
              {
                value: String(config.usedDeviceGroupId ?? ''),
                label: config.usedDeviceGroupId ? `Group ${config.usedDeviceGroupId}` : 'None',
              },
            ]),
        ...options.map((g) => ({
          value: String(g.id),
          label: `${g.name}${g.editable ? '' : ' (public)'}`,
        })),
      ]}
      onChange={(value) => value && onChange(Number(value))}
    />
  );
}
