import { useState } from 'react';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import { Button, Card, EmptyState, ErrorState, TextField } from '../../ui';
import { useTranslation } from 'react-i18next';

/** User-defined config parameters (key = value) passed to every run. */
export function ParametersPanel() {
  const { t } = useTranslation('bitbarProjects');
  const { parameters, addParameter, deleteParameter, busy, errors } = useBitbarProjectDetail();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  return (
    <Card title={t('parameters.title')}>
      <div className="stack">
        {parameters.error ? <ErrorState error={parameters.error} /> : null}
        {parameters.data && parameters.data.length === 0 ? (
          <EmptyState icon="≡" title={t('parameters.none')}>
            {t('parameters.noneHint')}
          </EmptyState>
        ) : null}
        {parameters.data && parameters.data.length > 0 ? (
          <div className="list" role="list" aria-label={t('parameters.title')}>
            {parameters.data.map((p) => (
              <div role="listitem" key={p.id} className="list-row">
                <code className="spacer">
                  {p.key} = {p.value}
                </code>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={t('parameters.deleteKey', { key: p.key })}
                  onClick={() => void deleteParameter(p.id)}
                >
                  {t('parameters.delete')}
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
            label={t('parameters.key')}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            error={errors.parameter?.fields?.key}
          />
          <TextField
            label={t('parameters.value')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <Button type="submit" busy={busy.parameter} disabled={!key.trim()}>
            {t('parameters.add')}
          </Button>
        </form>
        {errors.parameter && !errors.parameter.fields ? (
          <ErrorState error={errors.parameter} />
        ) : null}
      </div>
    </Card>
  );
}
