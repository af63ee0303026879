import { useEffect } from 'react';
import {
  isTestActive,
  reportLanguageWords,
  testStatusWords,
  testingTypeWords,
} from '../../../../shared/domain/testio-words';
import { useTestioProducts } from '../../stores/testio-products-store';
import { useTestioTests } from '../../stores/testio-tests-store';
import {
  Badge,
  Button,
  Card,
  ErrorState,
  LoadingState,
  Page,
  ProgressBar,
  formatDate,
} from '../../ui';
import { BugTriage } from './BugTriage';
import { runProgress } from './test-progress';

/** One test: its status, followed while it runs, and the bugs its testers report. */
export function TestScreen({ productId, testId }: { productId: number; testId: number }) {
  const entry = useTestioTests((state) => state.tests[testId]);
  const watchTest = useTestioTests((state) => state.watchTest);
  const show = useTestioProducts((state) => state.show);

  useEffect(() => watchTest(testId), [testId, watchTest]);

  const test = entry?.data;
  const status = test ? testStatusWords(test.status) : undefined;
  const progress = test && entry?.checkedAt ? runProgress(test, entry.checkedAt) : undefined;
  return (
    <Page
      title={test?.title ?? 'Test'}
      subtitle={test ? `${testingTypeWords(test.testingType)} test` : undefined}
      actions={
        <Button variant="ghost" onClick={() => show({ kind: 'product', productId, tab: 'tests' })}>
          ← All tests
        </Button>
      }
    >
      {entry?.error ? <ErrorState error={entry.error} /> : null}
      {!test && !entry?.error ? <LoadingState label="Loading the test…" /> : null}
      {test && status ? (
        <Card
          title={
            <div className="row">
              <h2>Status</h2>
              <Badge tone={status.tone}>{status.label}</Badge>
            </div>
          }
        >
          <div className="stack">
            <p className="muted" aria-live="polite">
              {status.detail}
              {isTestActive(test.status) ? ' This page follows it as it runs.' : ''}
            </p>
            {progress !== undefined && test.status === 'running' ? (
              <ProgressBar fraction={progress} label="How far the test has run" />
            ) : null}
            <dl className="kv">
              <dt>Duration</dt>
              <dd>{test.durationHours ? `${test.durationHours} hours` : '—'}</dd>
              {test.startAt ? (
                <>
                  <dt>{test.status === 'pending' ? 'Starts' : 'Started'}</dt>
                  <dd>{formatDate(test.startAt)}</dd>
                </>
              ) : null}
              {test.endAt ? (
                <>
                  <dt>{test.status === 'completed' ? 'Ended' : 'Ends'}</dt>
                  <dd>{formatDate(test.endAt)}</dd>
                </>
              ) : null}
              <dt>Bugs reported</dt>
              <dd>{test.bugCount ?? '—'}</dd>
              {test.environmentTitle ? (
                <>
                  <dt>Environment</dt>
                  <dd>{test.environmentTitle}</dd>
                </>
              ) : null}
              <dt>Covers</dt>
              <dd>
                {test.templateTitle
                  ? `Template “${test.templateTitle}”`
                  : test.featureTitles.join(', ') || '—'}
              </dd>
              {reportLanguageWords(test.reportLanguage) ? (
                <>
                  <dt>Reports in</dt>
                  <dd>{reportLanguageWords(test.reportLanguage)}</dd>
                </>
              ) : null}
              {test.goal ? (
                <>
                  <dt>Goal</dt>
                  <dd>{test.goal}</dd>
                </>
              ) : null}
              {test.instructions ? (
                <>
                  <dt>Instructions</dt>
                  <dd>{test.instructions}</dd>
                </>
              ) : null}
            </dl>
          </div>
        </Card>
      ) : null}
      {test ? (
        <section className="stack" aria-labelledby="test-bugs">
          <h2 id="test-bugs">Bugs from this test</h2>
          <BugTriage productId={productId} testId={testId} refreshKey={test.bugCount ?? 0} />
        </section>
      ) : null}
    </Page>
  );
}
