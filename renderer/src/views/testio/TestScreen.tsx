import { useEffect } from 'react';
import { isTestActive } from '../../../../shared/domain/testio-words';
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
import { reportLanguage, testingType, testStatus } from './testio-labels';
import { useTranslation } from 'react-i18next';

/** One test: its status, followed while it runs, and the bugs its testers report. */
export function TestScreen({ productId, testId }: { productId: number; testId: number }) {
  const { t } = useTranslation('testio');
  const entry = useTestioTests((state) => state.tests[testId]);
  const watchTest = useTestioTests((state) => state.watchTest);
  const show = useTestioProducts((state) => state.show);

  useEffect(() => watchTest(testId), [testId, watchTest]);

  const test = entry?.data;
  const status = test ? testStatus(t, test.status) : undefined;
  const progress = test && entry?.checkedAt ? runProgress(test, entry.checkedAt) : undefined;
  return (
    <Page
      title={test?.title ?? t('test.fallbackTitle')}
      subtitle={test ? t('test.kind', { kind: testingType(t, test.testingType) }) : undefined}
      actions={
        <Button variant="ghost" onClick={() => show({ kind: 'product', productId, tab: 'tests' })}>
          ← {t('test.all')}
        </Button>
      }
    >
      {entry?.error ? <ErrorState error={entry.error} /> : null}
      {!test && !entry?.error ? <LoadingState label={t('test.loading')} /> : null}
      {test && status ? (
        <Card
          title={
            <div className="row">
              <h2>{t('test.status')}</h2>
              <Badge tone={status.tone}>{status.label}</Badge>
            </div>
          }
        >
          <div className="stack">
            <p className="muted" aria-live="polite">
              {status.detail}
              {isTestActive(test.status) ? ` ${t('test.follows')}` : ''}
            </p>
            {progress !== undefined && test.status === 'running' ? (
              <ProgressBar fraction={progress} label={t('test.progress')} />
            ) : null}
            <dl className="kv">
              <dt>{t('test.duration')}</dt>
              <dd>{test.durationHours ? t('test.hours', { count: test.durationHours }) : '—'}</dd>
              {test.startAt ? (
                <>
                  <dt>{test.status === 'pending' ? t('test.starts') : t('test.started')}</dt>
                  <dd>{formatDate(test.startAt)}</dd>
                </>
              ) : null}
              {test.endAt ? (
                <>
                  <dt>{test.status === 'completed' ? t('test.ended') : t('test.ends')}</dt>
                  <dd>{formatDate(test.endAt)}</dd>
                </>
              ) : null}
              <dt>{t('test.bugsReported')}</dt>
              <dd>{test.bugCount ?? '—'}</dd>
              {test.environmentTitle ? (
                <>
                  <dt>{t('newTest.environment')}</dt>
                  <dd>{test.environmentTitle}</dd>
                </>
              ) : null}
              <dt>{t('test.covers')}</dt>
              <dd>
                {test.templateTitle
                  ? t('test.template', { title: test.templateTitle })
                  : test.featureTitles.join(', ') || '—'}
              </dd>
              {reportLanguage(t, test.reportLanguage) ? (
                <>
                  <dt>{t('test.reportsIn')}</dt>
                  <dd>{reportLanguage(t, test.reportLanguage)}</dd>
                </>
              ) : null}
              {test.goal ? (
                <>
                  <dt>{t('newTest.goal')}</dt>
                  <dd>{test.goal}</dd>
                </>
              ) : null}
              {test.instructions ? (
                <>
                  <dt>{t('test.instructions')}</dt>
                  <dd>{test.instructions}</dd>
                </>
              ) : null}
            </dl>
          </div>
        </Card>
      ) : null}
      {test ? (
        <section className="stack" aria-labelledby="test-bugs">
          <h2 id="test-bugs">{t('test.bugs')}</h2>
          <BugTriage productId={productId} testId={testId} refreshKey={test.bugCount ?? 0} />
        </section>
      ) : null}
    </Page>
  );
}
