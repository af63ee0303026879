import { useEffect } from 'react';
import { testStatusWords, testingTypeWords } from '../../../../shared/domain/testio-words';
import { useTestioProducts } from '../../stores/testio-products-store';
import { useTestioTests } from '../../stores/testio-tests-store';
import { Badge, Button, EmptyState, ErrorState, LoadingState, formatDate } from '../../ui';

/** A product's exploratory tests, newest first, a page at a time. */
export function TestsPanel({ productId }: { productId: number }) {
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
      {!data && page?.loading !== false ? <LoadingState label="Loading tests…" /> : null}
      {data && data.tests.length === 0 && data.page === 1 ? (
        <EmptyState
          icon="◎"
          title="No tests yet"
          action={
            <Button variant="primary" onClick={() => show({ kind: 'newTest', productId })}>
              Create a test
            </Button>
          }
        >
          Testers start as soon as a test is created.
        </EmptyState>
      ) : null}
      {data && data.tests.length > 0 ? (
        <div className="list" aria-label="Tests">
          {data.tests.map((test) => {
            const status = testStatusWords(test.status);
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
                    <span>{testingTypeWords(test.testingType)} test</span>
                    {test.durationHours ? <span>{test.durationHours} h</span> : null}
                    {test.startAt ? (
                      <span>
                        {test.status === 'pending' ? 'Starts' : 'Started'}{' '}
                        {formatDate(test.startAt)}
                      </span>
                    ) : null}
                  </span>
                </div>
                {test.bugCount !== undefined ? (
                  <span className="subtle">
                    {test.bugCount} bug{test.bugCount === 1 ? '' : 's'}
                  </span>
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
            ← Newer
          </Button>
          <span className="subtle">Page {data.page}</span>
          <Button
            size="small"
            disabled={!data.hasMore || page?.loading}
            onClick={() => void loadPage(productId, data.page + 1)}
          >
            Older →
          </Button>
        </div>
      ) : null}
    </div>
  );
}
