import { useEffect } from 'react';
import { useTestioProducts } from '../../stores/testio-products-store';
import { useTestioTests } from '../../stores/testio-tests-store';
import { Badge, Button, EmptyState, ErrorState, LoadingState, formatDate } from '../../ui';
import { testingType, testStatus } from './testio-labels';
import { useTranslation } from 'react-i18next';

/** A product's exploratory tests, newest first, a page at a time. */
export function TestsPanel({ productId }: { productId: number }) {
  const { t } = useTranslation('testio');
  const page = useTestioTests((state) => state.pages[productId]);
  const loadPage = useTestioTests((state) => state.loadPage);
  const show = useTestioProducts((state) => state.show);

  useEffect(() => void loadPage(productId), [productId, loadPage]);

  const data = page?.data;
  return (
    <div className="stack">
      {page?.error ? (
        <ErrorState error={page.error} onRetry={() => void loadPage(productId)} />
      ) : null}
      {!data && page?.loading !== false ? <LoadingState label={t('tests.loading')} /> : null}
      {data && data.tests.length === 0 && data.page === 1 ? (
        <EmptyState
          icon="◎"
          title={t('tests.none')}
          action={
            <Button variant="primary" onClick={() => show({ kind: 'newTest', productId })}>
              {t('tests.create')}
            </Button>
          }
        >
          {t('tests.noneHint')}
        </EmptyState>
      ) : null}
      {data && data.tests.length > 0 ? (
        <div className="list" aria-label={t('tabs.tests')}>
          {data.tests.map((test) => {
            const status = testStatus(t, test.status);
            return (
              <button
                key={test.id}
                type="button"
                className="list-row"
                onClick={() => show({ kind: 'test', productId, testId: test.id })}
              >
                <div className="testio-row-main">
                  <span className="testio-row-title">{test.title}</span>
                  <span className="testio-meta">
                    <span>{t('test.kind', { kind: testingType(t, test.testingType) })}</span>
                    {test.durationHours ? <span>{test.durationHours} h</span> : null}
                    {test.startAt ? (
                      <span>
                        {test.status === 'pending' ? t('test.starts') : t('test.started')}{' '}
                        {formatDate(test.startAt)}
                      </span>
                    ) : null}
                  </span>
                </div>
                {test.bugCount !== undefined ? (
                  <span className="subtle">{t('tests.bugs', { count: test.bugCount })}</span>
                ) : null}
                <Badge tone={status.tone}>{status.label}</Badge>
              </button>
            );
          })}
        </div>
      ) : null}
      {data && (data.page > 1 || data.hasMore) ? (
        <div className="testio-pager">
          <Button
            size="small"
            disabled={data.page <= 1 || page?.loading}
            onClick={() => void loadPage(productId, data.page - 1)}
          >
            ← {t('tests.newer')}
          </Button>
          <span className="subtle">{t('tests.page', { page: data.page })}</span>
          <Button
            size="small"
            disabled={!data.hasMore || page?.loading}
            onClick={() => void loadPage(productId, data.page + 1)}
          >
            {t('tests.older')} →
          </Button>
        </div>
      ) : null}
    </div>
  );
}
