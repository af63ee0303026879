import { useTestioSetup } from '../../stores/testio-setup-store';
import { Card, Choice, Select } from '../../ui';
import { toggleFeature, type TestDraft, type testErrors } from './test-draft';

/**
 * What the test covers: a template or features. Test IO takes exactly one, so the form
 * offers one set of controls at a time and only sends the chosen one.
 */
export function ScopePicker({
  productId,
  draft,
  onChange,
  errors,
}: {
  productId: number;
  draft: TestDraft;
  onChange: (draft: TestDraft) => void;
  errors: ReturnType<typeof testErrors>;
}) {
  const templates = useTestioSetup((state) => state.templates[productId]?.data);
  const features = useTestioSetup((state) => state.features[productId]?.data);
  return (
    <Card title="What testers cover">
      <fieldset className="testio-choices">
        <legend className="sr-only">Template or features</legend>
        <Choice
          type="radio"
          name="scope-mode"
          checked={draft.scopeMode === 'template'}
          disabled={templates?.length === 0}
          onChange={() => onChange({ ...draft, scopeMode: 'template' })}
        >
          A test template
        </Choice>
        {draft.scopeMode === 'template' ? (
          <div className="testio-nested">
            <Select
              label="Template"
              value={draft.templateId}
              error={errors.templateId}
              options={(templates ?? []).map((t) => ({
                value: String(t.id),
                label: t.defaultDurationHours
                  ? `${t.title} (usually ${t.defaultDurationHours} h)`
                  : t.title,
              }))}
              onChange={(templateId) => onChange({ ...draft, templateId })}
            />
          </div>
        ) : null}
        <Choice
          type="radio"
          name="scope-mode"
          checked={draft.scopeMode === 'features'}
          disabled={features?.length === 0}
          onChange={() => onChange({ ...draft, scopeMode: 'features' })}
        >
          Features of this product
          {features?.length === 0 ? (
            <span className="subtle"> — add some under Features first</span>
          ) : null}
        </Choice>
        {draft.scopeMode === 'features' ? (
          <fieldset
            className="testio-choices testio-nested"
            aria-describedby="scope-features-error"
          >
            <legend className="sr-only">Features to cover</legend>
            {(features ?? []).map((feature) => (
              <Choice
                key={feature.id}
                type="checkbox"
                checked={draft.featureIds.includes(feature.id)}
                onChange={() => onChange(toggleFeature(draft, feature.id))}
              >
                {feature.title}
                <span className="subtle">
                  {' '}
                  · {feature.userStories.length} user stor
                  {feature.userStories.length === 1 ? 'y' : 'ies'}
                </span>
              </Choice>
            ))}
            {errors.featureIds ? (
              <span id="scope-features-error" className="field-error" role="alert">
                {errors.featureIds}
              </span>
            ) : null}
          </fieldset>
        ) : null}
      </fieldset>
    </Card>
  );
}
