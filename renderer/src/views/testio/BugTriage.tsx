import { useEffect, useMemo, useState } from 'react';
import { EXPORT_STATUSES, type ExportStatus } from '../../../../shared/domain/testio';
import { EXPORT_STATUS_WORDS } from '../../../../shared/domain/testio-words';
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

const EXPORT_OPTIONS = [
  { value: '', label: 'Any' },
  ...EXPORT_STATUSES.map((value) => ({ value, label: EXPORT_STATUS_WORDS[value] })),
];

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
    { value: '', label: 'All tests' },
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
          <Select label="Test" value={pickedTest} options={testOptions} onChange={setPickedTest} />
        ) : null}
        <Select
          label="Export status"
          value={exportStatus}
          options={EXPORT_OPTIONS}
          onChange={setExportStatus}
        />
        <span className="spacer" />
        <Button size="small" busy={list?.loading} onClick={() => void load(filter)}>
          Refresh
        </Button>
      </div>
      {list?.error ? <ErrorState error={list.error} onRetry={() => void load(filter)} /> : null}
      {!list?.loaded && !list?.error ? <LoadingState label="Loading bugs…" /> : null}
      {list?.loaded && bugs.length === 0 ? (
        <EmptyState icon="✓" title="No bugs here">
          {testId ? 'Bugs appear here as testers report them.' : 'Nothing matches these filters.'}
        </EmptyState>
      ) : null}
      {bugs.length > 0 ? (
        <div className="list" aria-label="Bugs">
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
            ← Previous
          </Button>
          <span className="subtle">
            {first}–{last} of {list.total}
          </span>
          <Button
            size="small"
            disabled={last >= list.total || list.loading}
            onClick={() => void load(filter, list.page + 1)}
          >
            Next →
          </Button>
        </div>
      ) : null}
      {rejectingBug ? (
        <RejectDialog bug={rejectingBug} onClose={() => setRejecting(undefined)} />
      ) : null}
    </div>
  );
}
