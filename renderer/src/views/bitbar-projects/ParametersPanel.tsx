import { useState } from 'react';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import { Button, Card, EmptyState, ErrorState, TextField } from '../../ui';

/** User-defined config parameters (key = value) passed to every run. */
export function ParametersPanel() {
  const { parameters, addParameter, deleteParameter, busy, errors } = useBitbarProjectDetail();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  return (
    <Card title="Parameters">
      <div className="stack">
        {parameters.error ? <ErrorState error={parameters.error} /> : null}
        {parameters.data && parameters.data.length === 0 ? (
          <EmptyState icon="≡" title="No parameters">
            Parameters reach your tests as key = value.
          </EmptyState>
        ) : null}
        {parameters.data && parameters.data.length > 0 ? (
          <div className="list" role="list" aria-label="Parameters">
            {parameters.data.map((p) => (
              <div role="listitem" key={p.id} className="list-row">
                <code className="spacer">
                  {p.key} = {p.value}
                </code>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={`Delete parameter ${p.key}`}
                  onClick={() => void deleteParameter(p.id)}
                >
                  Delete
                </Button>
              </div>
            ))}
          </div>
        ) : null}
        <form
          className="row param-form"
          onSubmit={(event) => {
            event.preventDefault();
            void addParameter(key, value).then((ok) => {
              if (ok) {
                setKey('');
                setValue('');
              }
            });
          }}
        >
          <TextField
            label="Key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            error={errors.parameter?.fields?.key}
          />
          <TextField label="Value" value={value} onChange={(e) => setValue(e.target.value)} />
          <Button type="submit" busy={busy.parameter} disabled={!key.trim()}>
            Add parameter
          </Button>
        </form>
        {errors.parameter && !errors.parameter.fields ? (
          <ErrorState error={errors.parameter} />
        ) : null}
      </div>
    </Card>
  );
}
