import { useEffect, useMemo, useState } from 'react';
import { EXPORT_STATUSES, type ExportStatus } from '../../../../shared/domain/testio';
import {
  BUGS_PER_PAGE,
  listKey,
  useTestioBugs,
  type BugFilter,
} from '../../stores/testio-bugs-store';
import { useTestioTests } from '../../stores/testio-tests-store';
import { Button, EmptyState, ErrorState, LoadingState, Select } from '../../ui';
import { BugRow } from './BugRow';
import { RejectDialog } from './RejectDialog';
import { exportStatus as exportStatusWord } from './testio-labels';
import { useTranslation } from 'react-i18next';

/**
 * Bug triage: filter by test and export state, page through, and accept, reject, mark
 * fixed or known. `testId` pins the list to one test (the test's own page).
 */
export function BugTriage({
  productId,
  testId,
  showTestFilter,
  refreshKey,
}: {
  productId: number;
  testId?: number;
  showTestFilter?: boolean;
  /** Changes when the caller knows new bugs arrived (a running test's bug count). */
  refreshKey?: number;
}) {
  const { t } = useTranslation('testio');
  const [pickedTest, setPickedTest] = useState<string>('');
  const [exportStatus, setExportStatus] = useState<string>('');
  const [rejecting, setRejecting] = useState<number | undefined>();
  const filter = useMemo<BugFilter>(() => {
    const test = testId ?? (pickedTest ? Number(pickedTest) : undefined);
    return {
      productId,
      ...(test ? { testId: test } : {}),
      ...(exportStatus ? { exportStatus: exportStatus as ExportStatus } : {}),
    };
  }, [productId, testId, pickedTest, exportStatus]);
  const list = useTestioBugs((state) => state.lists[listKey(filter)]);
  const load = useTestioBugs((state) => state.load);
  const tests = useTestioTests((state) => state.pages[productId]?.data?.tests);
  const loadTests = useTestioTests((state) => state.loadPage);

  useEffect(() => void load(filter), [filter, load, refreshKey]);
  useEffect(() => {
    if (showTestFilter && !tests) void loadTests(productId);
  }, [showTestFilter, tests, loadTests, productId]);

  const testOptions = [
    { value: '', label: t('bugs.allTests') },
    ...(tests ?? []).map((test) => ({ value: String(test.id), label: test.title })),
  ];
  const bugs = list?.bugs ?? [];
  const rejectingBug = bugs.find((bug) => bug.id === rejecting);
  const first = list ? (list.page - 1) * BUGS_PER_PAGE + 1 : 0;
  const last = list ? first + bugs.length - 1 : 0;

  return (
    <div className="stack">
      <div className="testio-filters">
        {showTestFilter ? (
          <Select
            label={t('bugs.test')}
            value={pickedTest}
            options={testOptions}
            onChange={setPickedTest}
          />
        ) : null}
        <Select
          label={t('bugs.exportStatus')}
          value={exportStatus}
          options={[
            { value: '', label: t('bugs.any') },
            ...EXPORT_STATUSES.map((value) => ({ value, label: exportStatusWord(t, value) })),
          ]}
          onChange={setExportStatus}
        />
        <span className="spacer" />
        <Button size="small" busy={list?.loading} onClick={() => void load(filter)}>
          {t('refresh')}
        </Button>
      </div>
      {list?.error ? <ErrorState error={list.error} onRetry={() => void load(filter)} /> : null}
      {!list?.loaded && !list?.error ? <LoadingState label={t('bugs.loading')} /> : null}
      {list?.loaded && bugs.length === 0 ? (
        <EmptyState icon="✓" title={t('bugs.none')}>
          {testId ? t('bugs.noneYet') : t('bugs.noMatch')}
        </EmptyState>
      ) : null}
      {bugs.length > 0 ? (
        <div className="list" aria-label={t('bugs.label')}>
          {bugs.map((bug) => (
            <BugRow key={bug.id} bug={bug} onReject={() => setRejecting(bug.id)} />
          ))}
        </div>
      ) : null}
      {list && list.total > BUGS_PER_PAGE ? (
        <div className="testio-pager">
          <Button
            size="small"
            disabled={list.page <= 1 || list.loading}
            onClick={() => void load(filter, list.page - 1)}
          >
            ← {t('bugs.previous')}
          </Button>
          <span className="subtle">{t('bugs.range', { first, last, count: list.total })}</span>
          <Button
            size="small"
            disabled={last >= list.total || list.loading}
            onClick={() => void load(filter, list.page + 1)}
          >
            {t('bugs.next')} →
          </Button>
        </div>
      ) : null}
      {rejectingBug ? (
        <RejectDialog bug={rejectingBug} onClose={() => setRejecting(undefined)} />
      ) : null}
    </div>
  );
}
