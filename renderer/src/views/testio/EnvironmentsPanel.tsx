import { useEffect, useState, type FormEvent } from 'react';
import { useTestioSetup } from '../../stores/testio-setup-store';
import { Badge, Button, Card, EmptyState, ErrorState, LoadingState } from '../../ui';
import { EnvironmentFieldsEditor } from './EnvironmentFieldsEditor';
import { emptyEnvironmentDraft, environmentErrors, environmentFields } from './environment-draft';
import { useTranslation } from 'react-i18next';

/** Where testers test this product; each can be reused by any number of tests. */
export function EnvironmentsPanel({ productId }: { productId: number }) {
  const { t } = useTranslation('testio');
  const environments = useTestioSetup((state) => state.environments[productId]);
  const loadEnvironments = useTestioSetup((state) => state.loadEnvironments);
  const [adding, setAdding] = useState(false);

  useEffect(() => void loadEnvironments(productId), [productId, loadEnvironments]);

  const list = environments?.data;
  return (
    <div className="stack">
      <div className="row">
        <p className="muted spacer">{t('environments.intro')}</p>
        <Button onClick={() => setAdding(true)} disabled={adding}>
          {t('environments.new')}
        </Button>
      </div>
      {adding ? <EnvironmentForm productId={productId} onDone={() => setAdding(false)} /> : null}
      {environments?.error ? (
        <ErrorState error={environments.error} onRetry={() => void loadEnvironments(productId)} />
      ) : null}
      {!list && environments?.loading !== false ? (
        <LoadingState label={t('environments.loading')} />
      ) : null}
      {list && list.length === 0 && !adding ? (
        <EmptyState icon="⌂" title={t('environments.none')}>
          {t('environments.noneHint')}
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label={t('tabs.environments')}>
          {list.map((environment) => (
            <div key={environment.id} className="list-row">
              <div className="testio-row-main">
                <span className="testio-row-title">{environment.title}</span>
                <span className="testio-meta">
                  {environment.url ? <span className="mono">{environment.url}</span> : null}
                  {environment.binaryAppId ? (
                    <span>{t('environments.build', { id: environment.binaryAppId })}</span>
                  ) : null}
                  {environment.username ? (
                    <span>{t('environments.signIn', { name: environment.username })}</span>
                  ) : null}
                  {environment.accessNotes ? <span>{environment.accessNotes}</span> : null}
                </span>
              </div>
              {environment.allowOrders ? (
                <Badge tone="warning">{t('environments.orders')}</Badge>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function EnvironmentForm({ productId, onDone }: { productId: number; onDone: () => void }) {
  const { t } = useTranslation('testio');
  const form = useTestioSetup((state) => state.environmentForm);
  const createEnvironment = useTestioSetup((state) => state.createEnvironment);
  const resetForms = useTestioSetup((state) => state.resetForms);
  const [draft, setDraft] = useState(emptyEnvironmentDraft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await createEnvironment({ productId, ...environmentFields(draft) })) onDone();
  };
  const cancel = () => {
    resetForms();
    onDone();
  };
  return (
    <Card title={t('environments.new')}>
      <form
        className="stack"
        aria-label={t('environments.new')}
        onSubmit={(event) => void submit(event)}
      >
        {form.error && !form.error.fields ? <ErrorState error={form.error} /> : null}
        <EnvironmentFieldsEditor
          draft={draft}
          onChange={setDraft}
          errors={environmentErrors(t, form.error?.fields, '')}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={cancel}>{t('cancel')}</Button>
          <Button type="submit" variant="primary" busy={form.busy}>
            {t('environments.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
