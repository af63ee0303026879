import { useId, useMemo } from 'react';
import { useUploadJobs } from '../../stores/upload-jobs-store';
import { Choice, Select, TextArea, TextField } from '../../ui';
import type { EnvironmentDraft, environmentErrors } from './environment-draft';
import { useTranslation } from 'react-i18next';

/** Where testers reach the product: a web address or an uploaded build, plus access help. */
export function EnvironmentFieldsEditor({
  draft,
  onChange,
  errors,
}: {
  draft: EnvironmentDraft;
  onChange: (draft: EnvironmentDraft) => void;
  errors: ReturnType<typeof environmentErrors>;
}) {
  const { t } = useTranslation('testio');
  const name = useId();
  const jobs = useUploadJobs((state) => state.jobs);
  // Builds this Dropship has uploaded to Test IO: their binary app ids, newest first.
  const uploads = useMemo(
    () =>
      Object.values(jobs)
        .filter((job) => job.service === 'testio' && job.state === 'done' && job.result)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((job) => ({
          value: job.result!.remoteId,
          label: `${job.fileName} (#${job.result!.remoteId})`,
        })),
    [jobs],
  );
  const picked = uploads.some((upload) => upload.value === draft.binaryAppId);
  const set = <K extends keyof EnvironmentDraft>(key: K, value: EnvironmentDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <div className="stack">
      <TextField
        label={t('environment.name')}
        placeholder={t('environment.namePlaceholder')}
        value={draft.title}
        error={errors.title}
        onChange={(event) => set('title', event.target.value)}
      />
      <fieldset className="testio-choices">
        <legend>{t('environment.reach')}</legend>
        <Choice
          type="radio"
          name={name}
          checked={draft.accessKind === 'url'}
          onChange={() => set('accessKind', 'url')}
        >
          {t('environment.url')}
        </Choice>
        <Choice
          type="radio"
          name={name}
          checked={draft.accessKind === 'binaryApp'}
          onChange={() =>
            // The newest build Dropship uploaded is the likely one; any other stays a choice away.
            onChange({
              ...draft,
              accessKind: 'binaryApp',
              binaryAppId: draft.binaryAppId || (uploads[0]?.value ?? ''),
            })
          }
        >
          {t('environment.binaryApp')}
        </Choice>
      </fieldset>
      {draft.accessKind === 'url' ? (
        <TextField
          label={t('environment.urlLabel')}
          placeholder="https://staging.example.com"
          inputMode="url"
          value={draft.url}
          error={errors.url}
          onChange={(event) => set('url', event.target.value)}
        />
      ) : (
        <>
          {uploads.length > 0 ? (
            <Select
              label={t('environment.uploaded')}
              value={picked ? draft.binaryAppId : ''}
              options={[...uploads, { value: '', label: t('environment.another') }]}
              onChange={(value) => set('binaryAppId', value)}
            />
          ) : null}
          {!picked ? (
            <TextField
              label={t('environment.number')}
              hint={t('environment.numberHint')}
              inputMode="numeric"
              value={draft.binaryAppId}
              error={errors.binaryAppId}
              onChange={(event) => set('binaryAppId', event.target.value.replace(/\D/g, ''))}
            />
          ) : null}
        </>
      )}
      <div className="grid-2">
        <TextField
          label={t('environment.username')}
          hint={t('optional')}
          autoComplete="off"
          value={draft.username}
          onChange={(event) => set('username', event.target.value)}
        />
        <TextField
          label={t('environment.password')}
          hint={t('environment.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => set('password', event.target.value)}
        />
      </div>
      <TextArea
        label={t('environment.notes')}
        hint={t('environment.notesHint')}
        rows={2}
        value={draft.accessNotes}
        onChange={(event) => set('accessNotes', event.target.value)}
      />
      <Choice
        type="checkbox"
        checked={draft.allowOrders}
        onChange={(event) => set('allowOrders', event.target.checked)}
      >
        {t('environment.orders')}
      </Choice>
    </div>
  );
}
