import { useEffect } from 'react';
import { useTestioSetup } from '../../stores/testio-setup-store';
import { EmptyState, ErrorState, LoadingState } from '../../ui';

/** The test templates Test IO offers for this product. */
export function TemplatesPanel({ productId }: { productId: number }) {
  const templates = useTestioSetup((state) => state.templates[productId]);
  const loadTemplates = useTestioSetup((state) => state.loadTemplates);

  useEffect(() => void loadTemplates(productId), [productId, loadTemplates]);

  const list = templates?.data;
  return (
    <div className="stack">
      <p className="muted">
        A template sets what testers look at, so a test needs no features of its own.
      </p>
      {templates?.error ? (
        <ErrorState error={templates.error} onRetry={() => void loadTemplates(productId)} />
      ) : null}
      {!list && templates?.loading !== false ? <LoadingState label="Loading templates…" /> : null}
      {list && list.length === 0 ? (
        <EmptyState icon="▤" title="No templates for this product">
          Describe features instead when you create a test.
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="list" aria-label="Templates">
          {list.map((template) => (
            <div key={template.id} className="list-row">
              <span className="testio-row-main testio-row-title">{template.title}</span>
              {template.defaultDurationHours ? (
                <span className="subtle">
                  Usually {template.defaultDurationHours} h
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
