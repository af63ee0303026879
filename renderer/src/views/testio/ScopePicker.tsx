import { useTestioSetup } from '../../stores/testio-setup-store';
import { Card, Choice, Select } from '../../ui';
import { toggleFeature, type TestDraft, type testErrors } from './test-draft';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('testio');
  const templates = useTestioSetup((state) => state.templates[productId]?.data);
  const features = useTestioSetup((state) => state.features[productId]?.data);
  return (
    <Card title={t('scope.title')}>
      <fieldset className="testio-choices">
        <legend className="sr-only">{t('scope.legend')}</legend>
        <Choice
          type="radio"
          name="scope-mode"
          checked={draft.scopeMode === 'template'}
          disabled={templates?.length === 0}
          onChange={() => onChange({ ...draft, scopeMode: 'template' })}
        >
          {t('scope.template')}
        </Choice>
        {draft.scopeMode === 'template' ? (
          <div className="testio-nested">
            <Select
              label={t('scope.templateLabel')}
              value={draft.templateId}
              error={errors.templateId}
              options={(templates ?? []).map((template) => ({
                value: String(template.id),
                label: template.defaultDurationHours
                  ? t('scope.templateUsually', {
                      title: template.title,
                      hours: template.defaultDurationHours,
                    })
                  : template.title,
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
          {t('scope.features')}
          {features?.length === 0 ? (
            <span className="subtle"> — {t('scope.addFeaturesFirst')}</span>
          ) : null}
        </Choice>
        {draft.scopeMode === 'features' ? (
          <fieldset
            className="testio-choices testio-nested"
            aria-describedby="scope-features-error"
          >
            <legend className="sr-only">{t('scope.featuresLegend')}</legend>
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
                  · {t('scope.stories', { count: feature.userStories.length })}
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
