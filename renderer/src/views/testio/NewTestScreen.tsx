import { useEffect, useState, type FormEvent } from 'react';
import { REPORT_LANGUAGES, TESTING_TYPES } from '../../../../shared/domain/testio';
import { REPORT_LANGUAGE_WORDS, TESTING_TYPE_WORDS } from '../../../../shared/domain/testio-words';
import { productById, useTestioProducts } from '../../stores/testio-products-store';
import { useTestioSetup } from '../../stores/testio-setup-store';
import { useTestioTests } from '../../stores/testio-tests-store';
import {
  Button,
  Card,
  Choice,
  ConfirmDialog,
  ErrorState,
  Page,
  Select,
  TextArea,
  TextField,
} from '../../ui';
import { EnvironmentFieldsEditor } from './EnvironmentFieldsEditor';
import { environmentErrors } from './environment-draft';
import { ScopePicker } from './ScopePicker';
import {
  draftToInput,
  emptyTestDraft,
  testErrors,
  withDefaults,
  withTestingType,
  type TestDraft,
} from './test-draft';

const LANGUAGE_OPTIONS = REPORT_LANGUAGES.map((value) => ({
  value,
  label: REPORT_LANGUAGE_WORDS[value],
}));

/** A new exploratory test: what kind, how long, where, and what to cover. */
export function NewTestScreen({ productId }: { productId: number }) {
  const product = useTestioProducts((state) => productById(state.products.data, productId));
  const show = useTestioProducts((state) => state.show);
  const environments = useTestioSetup((state) => state.environments[productId]?.data);
  const templates = useTestioSetup((state) => state.templates[productId]?.data);
  const loadAll = useTestioSetup((state) => state.loadAll);
  const creating = useTestioTests((state) => state.creating);
  const createTest = useTestioTests((state) => state.createTest);
  const clearError = useTestioTests((state) => state.clearCreateError);
  const [typed, setDraft] = useState<TestDraft>(emptyTestDraft);
  // Start from what exists: the first environment and template, or the inline/feature forms.
  const draft = withDefaults(typed, environments, templates);

  useEffect(() => {
    clearError();
    void loadAll(productId);
  }, [productId, loadAll, clearError]);

  // A crowd test costs money the moment it exists: Start asks once more, then creates it.
  const [confirming, setConfirming] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };
  const start = async () => {
    setConfirming(false);
    const test = await createTest(draftToInput(productId, draft));
    if (test) show({ kind: 'test', productId, testId: test.id });
  };
  const hours = Number(draft.duration);
  const set = <K extends keyof TestDraft>(key: K, value: TestDraft[K]) =>
    setDraft({ ...draft, [key]: value });
  const errors = testErrors(creating.error?.fields);
  const backToProduct = () => show({ kind: 'product', productId, tab: 'tests' });

  return (
    <Page
      title="New test"
      subtitle={
        product ? `For ${product.title}. Testers start as soon as it is created.` : undefined
      }
      actions={
        <Button variant="ghost" onClick={backToProduct}>
          ← Back
        </Button>
      }
    >
      <form className="stack" aria-label="New test" onSubmit={(event) => void submit(event)}>
        {creating.error && !creating.error.fields ? <ErrorState error={creating.error} /> : null}
        <Card title="The test">
          <div className="stack">
            <TextField
              label="Title"
              value={draft.title}
              error={errors.title}
              onChange={(e) => set('title', e.target.value)}
            />
            <fieldset className="testio-choices">
              <legend>Kind of test</legend>
              <div className="testio-types">
                {TESTING_TYPES.map((type) => (
                  <Choice
                    key={type}
                    className="testio-type"
                    type="radio"
                    name="testing-type"
                    checked={draft.testingType === type}
                    onChange={() => setDraft(withTestingType(draft, type))}
                  >
                    <span className="stack" style={{ gap: 2 }}>
                      <strong>{TESTING_TYPE_WORDS[type].label}</strong>
                      <span className="subtle">{TESTING_TYPE_WORDS[type].detail}</span>
                    </span>
                  </Choice>
                ))}
              </div>
            </fieldset>
            <div className="grid-2">
              <TextField
                label="Duration in hours"
                hint={`A ${TESTING_TYPE_WORDS[draft.testingType].label.toLowerCase()} test usually runs this long.`}
                inputMode="numeric"
                value={draft.duration}
                error={errors.duration}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    duration: e.target.value.replace(/\D/g, ''),
                    durationEdited: true,
                  })
                }
              />
              <Select
                label="Testers report in"
                value={draft.reportLanguage}
                options={LANGUAGE_OPTIONS}
                onChange={(value) => set('reportLanguage', value)}
              />
            </div>
            <TextArea
              label="Goal"
              hint="Optional: what you want to learn."
              rows={2}
              value={draft.goal}
              onChange={(e) => set('goal', e.target.value)}
            />
            <TextArea
              label="Instructions for testers"
              hint="Optional"
              rows={3}
              value={draft.instructions}
              onChange={(e) => set('instructions', e.target.value)}
            />
          </div>
        </Card>
        <Card title="Where testers test">
          <div className="stack">
            <fieldset className="testio-choices">
              <legend className="sr-only">Environment</legend>
              <Choice
                type="radio"
                name="environment-mode"
                checked={draft.environmentMode === 'existing'}
                disabled={environments?.length === 0}
                onChange={() => set('environmentMode', 'existing')}
              >
                An environment of this product
              </Choice>
              {draft.environmentMode === 'existing' ? (
                <div className="testio-nested">
                  <Select
                    label="Environment"
                    value={draft.environmentId}
                    error={errors.environmentId}
                    options={(environments ?? []).map((e) => ({
                      value: String(e.id),
                      label: e.title,
                    }))}
                    onChange={(value) => set('environmentId', value)}
                  />
                </div>
              ) : null}
              <Choice
                type="radio"
                name="environment-mode"
                checked={draft.environmentMode === 'inline'}
                onChange={() => set('environmentMode', 'inline')}
              >
                Describe a new one for this test
              </Choice>
            </fieldset>
            {draft.environmentMode === 'inline' ? (
              <div className="testio-nested">
                <EnvironmentFieldsEditor
                  draft={draft.environment}
                  onChange={(environment) => set('environment', environment)}
                  errors={environmentErrors(creating.error?.fields, 'environment.environment.')}
                />
              </div>
            ) : null}
          </div>
        </Card>
        <ScopePicker productId={productId} draft={draft} onChange={setDraft} errors={errors} />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={backToProduct}>Cancel</Button>
          <Button type="submit" variant="primary" busy={creating.busy}>
            Start test
          </Button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          open
          title="Start a paid crowd test?"
          confirmLabel="Start the paid test"
          onCancel={() => setConfirming(false)}
          onConfirm={() => void start()}
        >
          {`Test IO invites testers as soon as the test is created, and your Test IO plan is charged for a ${TESTING_TYPE_WORDS[draft.testingType].label.toLowerCase()} test${hours > 0 ? ` of ${hours} hour${hours === 1 ? '' : 's'}` : ''}. It cannot be taken back from Dropship.`}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
