import { useEffect } from 'react';
import { useTestioSetup } from '../../stores/testio-setup-store';
import { EmptyState, ErrorState, LoadingState } from '../../ui';
import { useTranslation } from 'react-i18next';

/** The test templates Test IO offers for this product. */
export function TemplatesPanel({ productId }: { productId: number }) {
  const { t } = useTranslation('testio');
  const templates = useTestioSetup((state) => state.templates[productId]);
  const loadTemplates = useTestioSetup((state) => state.loadTemplates);

  useEffect(() => void loadTemplates(productId), [productId, loadTemplates]);

  const list = templates?.data;
  return (
    <div className="stack">
      <p className="muted">{t('templates.intro')}</p>
      {templates?.error ? (
        <ErrorState error={templates.error} onRetry={() => void loadTemplates(productId)} />
      ) : null}
      {!list && templates?.loading !== false ? (
        <LoadingState label={t('templates.loading')} />
      ) : null}
      {list && list.length === 0 ? (
        <EmptyState icon="▤" title={t('templates.none')}>
          {t('templates.noneHint')}
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label={t('tabs.templates')}>
          {list.map((template) => (
            <div key={template.id} className="list-row">
              <span className="testio-row-main testio-row-title">{template.title}</span>
              {template.defaultDurationHours ? (
                <span className="subtle">
                  {t('templates.usually', { hours: template.defaultDurationHours })}
                  {template.minDurationHours && template.maxDurationHours
                    ? ` (${template.minDurationHours}–${template.maxDurationHours} h)`
                    : ''}
                </span>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
