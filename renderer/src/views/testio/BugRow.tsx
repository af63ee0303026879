import { useState } from 'react';
import type { TestioBug } from '../../../../shared/domain/testio';
import { useTestioBugs, type Verdict } from '../../stores/testio-bugs-store';
import { Badge, Button, errorWords, formatRelative } from '../../ui';
import { bugKind } from './bug-kind';
import { bugStatus } from './testio-labels';
import { useTranslation } from 'react-i18next';

const PENDING: Record<Verdict, string> = {
  accept: 'testio:bug.pending.accept',
  reject: 'testio:bug.pending.reject',
  fixed: 'testio:bug.pending.fixed',
  known: 'testio:bug.pending.known',
};

/** One bug: what it is at a glance, its report on demand, and the reviewer's verdicts. */
export function BugRow({ bug, onReject }: { bug: TestioBug; onReject: () => void }) {
  const { t } = useTranslation('testio');
  const activity = useTestioBugs((state) => state.activity[bug.id]);
  const accept = useTestioBugs((state) => state.accept);
  const markFixed = useTestioBugs((state) => state.markFixed);
  const markKnown = useTestioBugs((state) => state.markKnown);
  const refreshBug = useTestioBugs((state) => state.refreshBug);
  const dismissError = useTestioBugs((state) => state.dismissError);
  const [open, setOpen] = useState(false);
  const kind = bugKind(t, bug.severity);
  const status = bugStatus(t, bug.status);
  const busy = Boolean(activity?.pending);
  const detailsId = `bug-${bug.id}-details`;
  const canReview = bug.status === 'new';
  const canFix = bug.status === 'accepted';
  const canMarkKnown = !bug.known && bug.status !== 'rejected';
  const hasActions = canReview || canFix || canMarkKnown;
  const errorShown = activity?.error ? errorWords(activity.error) : undefined;

  const toggle = () => {
    if (!open) void refreshBug(bug.id);
    setOpen(!open);
  };

  return (
    <article className="testio-bug" aria-label={bug.title}>
      <div className="testio-bug-head">
        <div className="testio-bug-kind">
          <span className="subtle">{kind.kind}</span>
          {kind.severity ? (
            <Badge tone={kind.severity.tone} title={t('bug.severity')}>
              {kind.severity.label}
            </Badge>
          ) : null}
        </div>
        <div className="testio-row-main">
          <button
            type="button"
            className="testio-bug-title"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={toggle}
          >
            {bug.title}
          </button>
          <span className="testio-meta">
            {bug.reporter ? <span>{t('bug.reportedBy', { name: bug.reporter })}</span> : null}
            {bug.reportedAt ? <span>{formatRelative(bug.reportedAt)}</span> : null}
            {bug.device ? <span>{bug.device}</span> : null}
            {bug.testTitle ? <span>{t('bug.inTest', { test: bug.testTitle })}</span> : null}
          </span>
        </div>
        <div className="row" style={{ gap: 6 }}>
          {bug.known ? <Badge>{t('bug.known')}</Badge> : null}
          {bug.exportedAt ? <Badge tone="info">{t('exportStatus.exported')}</Badge> : null}
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
      </div>
      {open ? (
        <dl className="kv" id={detailsId}>
          {bug.location ? (
            <>
              <dt>{t('bug.where')}</dt>
              <dd className="mono">{bug.location}</dd>
            </>
          ) : null}
          {bug.steps ? (
            <>
              <dt>{t('bug.steps')}</dt>
              <dd>
                <pre className="testio-pre">{bug.steps}</pre>
              </dd>
            </>
          ) : null}
          {bug.expectedResult ? (
            <>
              <dt>{t('bug.expected')}</dt>
              <dd>{bug.expectedResult}</dd>
            </>
          ) : null}
          {bug.actualResult ? (
            <>
              <dt>{t('bug.actual')}</dt>
              <dd>{bug.actualResult}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {/* A rejected, known bug has nothing left to decide: no empty action row. */}
      {hasActions || activity?.pending ? (
        <div className="row">
          <span className="subtle spacer" aria-live="polite">
            {activity?.pending ? t(PENDING[activity.pending]) : ''}
          </span>
          <div className="testio-actions">
            {canReview ? (
              <>
                <Button
                  size="small"
                  variant="primary"
                  disabled={busy}
                  onClick={() => void accept(bug)}
                >
                  {t('bug.accept')}
                </Button>
                <Button size="small" disabled={busy} onClick={onReject}>
                  {t('bug.reject')}
                </Button>
              </>
            ) : null}
            {canFix ? (
              <Button size="small" disabled={busy} onClick={() => void markFixed(bug)}>
                {t('bug.markFixed')}
              </Button>
            ) : null}
            {canMarkKnown ? (
              <Button
                size="small"
                variant="ghost"
                disabled={busy}
                onClick={() => void markKnown(bug)}
              >
                {t('bug.markKnown')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {errorShown ? (
        <div className="banner banner-bad" role="alert">
          <div className="stack" style={{ gap: 2, flex: 1 }}>
            <strong>{errorShown.headline}</strong>
            {errorShown.hint ? <span className="muted">{errorShown.hint}</span> : null}
          </div>
          <Button size="small" variant="ghost" onClick={() => dismissError(bug.id)}>
            {t('bug.dismiss')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
