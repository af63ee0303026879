import { useId, useMemo } from 'react';
import { useUploadJobs } from '../../stores/upload-jobs-store';
import { Choice, Select, TextArea, TextField } from '../../ui';
import type { EnvironmentDraft, environmentErrors } from './environment-draft';

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
        label="Environment name"
        placeholder="Staging"
        value={draft.title}
        error={errors.title}
        onChange={(event) => set('title', event.target.value)}
      />
      <fieldset className="testio-choices">
        <legend>Testers reach it through</legend>
        <Choice
          type="radio"
          name={name}
          checked={draft.accessKind === 'url'}
          onChange={() => set('accessKind', 'url')}
        >
          A web address
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
          An app build uploaded to Test IO
        </Choice>
      </fieldset>
      {draft.accessKind === 'url' ? (
        <TextField
          label="Web address"
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
              label="Uploaded build"
              value={picked ? draft.binaryAppId : ''}
              options={[...uploads, { value: '', label: 'Another build, by its number' }]}
              onChange={(value) => set('binaryAppId', value)}
            />
          ) : null}
          {!picked ? (
            <TextField
              label="Uploaded build number"
              hint="Drop a build on Dropship with Test IO selected; the upload shows its number."
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
          label="Username"
          hint="Optional"
          autoComplete="off"
          value={draft.username}
          onChange={(event) => set('username', event.target.value)}
        />
        <TextField
          label="Password"
          hint="Optional; only Test IO’s testers see it."
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => set('password', event.target.value)}
        />
      </div>
      <TextArea
        label="Access notes"
        hint="Optional: VPN, test accounts, anything testers need to get in."
        rows={2}
        value={draft.accessNotes}
        onChange={(event) => set('accessNotes', event.target.value)}
      />
      <Choice
        type="checkbox"
        checked={draft.allowOrders}
        onChange={(event) => set('allowOrders', event.target.checked)}
      >
        Testers may place orders and bookings
      </Choice>
    </div>
  );
}
