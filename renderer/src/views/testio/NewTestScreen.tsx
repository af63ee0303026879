import { useEffect, useState, type FormEvent } from 'react';
import { REPORT_LANGUAGES, TESTING_TYPES } from '../../../../shared/domain/testio';
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
  reportLanguage,
  testingType,
  testingTypeDetail,
  testingTypeInSentence,
} from './testio-labels';
import {
  draftToInput,
  emptyTestDraft,
  testErrors,
  withDefaults,
  withTestingType,
  type TestDraft,
} from './test-draft';
import { useTranslation } from 'react-i18next';

/** A new exploratory test: what kind, how long, where, and what to cover. */
export function NewTestScreen({ productId }: { productId: number }) {
  const { t } = useTranslation('testio');
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
  const errors = testErrors(t, creating.error?.fields);
  const kind = testingTypeInSentence(t, draft.testingType);
  const backToProduct = () => show({ kind: 'product', productId, tab: 'tests' });

  return (
    <Page
      title={t('newTest.title')}
      subtitle={product ? t('newTest.subtitle', { product: product.title }) : undefined}
      actions={
        <Button variant="ghost" onClick={backToProduct}>
          ← {t('back')}
        </Button>
      }
    >
      <form
        className="stack"
        aria-label={t('newTest.title')}
        onSubmit={(event) => void submit(event)}
      >
        {creating.error && !creating.error.fields ? <ErrorState error={creating.error} /> : null}
        <Card title={t('newTest.theTest')}>
          <div className="stack">
            <TextField
              label={t('newTest.testTitle')}
              value={draft.title}
              error={errors.title}
              onChange={(e) => set('title', e.target.value)}
            />
            <fieldset className="testio-choices">
              <legend>{t('newTest.kind')}</legend>
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
                      <strong>{testingType(t, type)}</strong>
                      <span className="subtle">{testingTypeDetail(t, type)}</span>
                    </span>
                  </Choice>
                ))}
              </div>
            </fieldset>
            <div className="grid-2">
              <TextField
                label={t('newTest.duration')}
                hint={t('newTest.durationHint', { kind })}
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
                label={t('newTest.reportIn')}
                value={draft.reportLanguage}
                options={REPORT_LANGUAGES.map((value) => ({
                  value,
                  label: reportLanguage(t, value) ?? value,
                }))}
                onChange={(value) => set('reportLanguage', value)}
              />
            </div>
            <TextArea
              label={t('newTest.goal')}
              hint={t('newTest.goalHint')}
              rows={2}
              value={draft.goal}
              onChange={(e) => set('goal', e.target.value)}
            />
            <TextArea
              label={t('newTest.instructions')}
              hint={t('optional')}
              rows={3}
              value={draft.instructions}
              onChange={(e) => set('instructions', e.target.value)}
            />
          </div>
        </Card>
        <Card title={t('newTest.where')}>
          <div className="stack">
            <fieldset className="testio-choices">
              <legend className="sr-only">{t('newTest.environment')}</legend>
              <Choice
                type="radio"
                name="environment-mode"
                checked={draft.environmentMode === 'existing'}
                disabled={environments?.length === 0}
                onChange={() => set('environmentMode', 'existing')}
              >
                {t('newTest.existing')}
              </Choice>
              {draft.environmentMode === 'existing' ? (
                <div className="testio-nested">
                  <Select
                    label={t('newTest.environment')}
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
                {t('newTest.inline')}
              </Choice>
            </fieldset>
            {draft.environmentMode === 'inline' ? (
              <div className="testio-nested">
                <EnvironmentFieldsEditor
                  draft={draft.environment}
                  onChange={(environment) => set('environment', environment)}
                  errors={environmentErrors(t, creating.error?.fields, 'environment.environment.')}
                />
              </div>
            ) : null}
          </div>
        </Card>
        <ScopePicker productId={productId} draft={draft} onChange={setDraft} errors={errors} />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={backToProduct}>{t('cancel')}</Button>
          <Button type="submit" variant="primary" busy={creating.busy}>
            {t('newTest.start')}
          </Button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          open
          title={t('newTest.confirmTitle')}
          confirmLabel={t('newTest.confirmButton')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void start()}
        >
          {hours > 0
            ? t('newTest.confirmBodyHours', { kind, count: hours })
            : t('newTest.confirmBody', { kind })}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
