import { useEffect, useState, type FormEvent } from 'react';
import { useTestioSetup } from '../../stores/testio-setup-store';
import { Badge, Button, Card, EmptyState, ErrorState, LoadingState } from '../../ui';
import { EnvironmentFieldsEditor } from './EnvironmentFieldsEditor';
import { emptyEnvironmentDraft, environmentErrors, environmentFields } from './environment-draft';

/** Where testers test this product; each can be reused by any number of tests. */
export function EnvironmentsPanel({ productId }: { productId: number }) {
  const environments = useTestioSetup((state) => state.environments[productId]);
  const loadEnvironments = useTestioSetup((state) => state.loadEnvironments);
  const [adding, setAdding] = useState(false);

  useEffect(() => void loadEnvironments(productId), [productId, loadEnvironments]);

  const list = environments?.data;
  return (
    <div className="stack">
      <div className="row">
        <p className="muted spacer">Where testers reach the product, and how they get in.</p>
        <Button onClick={() => setAdding(true)} disabled={adding}>
          New environment
        </Button>
      </div>
      {adding ? <EnvironmentForm productId={productId} onDone={() => setAdding(false)} /> : null}
      {environments?.error ? (
        <ErrorState error={environments.error} onRetry={() => void loadEnvironments(productId)} />
      ) : null}
      {!list && environments?.loading !== false ? (
        <LoadingState label="Loading environments…" />
      ) : null}
      {list && list.length === 0 && !adding ? (
        <EmptyState icon="⌂" title="No environments yet">
          Add one here, or describe it when you create a test.
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label="Environments">
          {list.map((environment) => (
            <div key={environment.id} className="list-row">
              <div className="testio-row-main">
                <span className="testio-row-title">{environment.title}</span>
                <span className="testio-meta">
                  {environment.url ? <span className="mono">{environment.url}</span> : null}
                  {environment.binaryAppId ? (
                    <span>Uploaded build #{environment.binaryAppId}</span>
                  ) : null}
                  {environment.username ? <span>Sign in as {environment.username}</span> : null}
                  {environment.accessNotes ? <span>{environment.accessNotes}</span> : null}
                </span>
              </div>
              {environment.allowOrders ? <Badge tone="warning">Orders allowed</Badge> : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function EnvironmentForm({ productId, onDone }: { productId: number; onDone: () => void }) {
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
    <Card title="New environment">
      <form className="stack" aria-label="New environment" onSubmit={(event) => void submit(event)}>
        {form.error && !form.error.fields ? <ErrorState error={form.error} /> : null}
        <EnvironmentFieldsEditor
          draft={draft}
          onChange={setDraft}
          errors={environmentErrors(form.error?.fields, '')}
        />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={cancel}>Cancel</Button>
          <Button type="submit" variant="primary" busy={form.busy}>
            Save environment
          </Button>
        </div>
      </form>
    </Card>
  );
}
