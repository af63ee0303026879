import { useState } from 'react';
import type { TestioBug } from '../../../../shared/domain/testio';
import { bugStatusWords } from '../../../../shared/domain/testio-words';
import { useTestioBugs, type Verdict } from '../../stores/testio-bugs-store';
import { Badge, Button, formatRelative } from '../../ui';
import { bugKind } from './bug-kind';

const PENDING_WORDS: Record<Verdict, string> = {
  accept: 'Accepting…',
  reject: 'Rejecting…',
  fixed: 'Marking as fixed…',
  known: 'Marking as known…',
};

/** One bug: what it is at a glance, its report on demand, and the reviewer's verdicts. */
export function BugRow({ bug, onReject }: { bug: TestioBug; onReject: () => void }) {
  const activity = useTestioBugs((state) => state.activity[bug.id]);
  const accept = useTestioBugs((state) => state.accept);
  const markFixed = useTestioBugs((state) => state.markFixed);
  const markKnown = useTestioBugs((state) => state.markKnown);
  const refreshBug = useTestioBugs((state) => state.refreshBug);
  const dismissError = useTestioBugs((state) => state.dismissError);
  const [open, setOpen] = useState(false);
  const kind = bugKind(bug.severity);
  const status = bugStatusWords(bug.status);
  const busy = Boolean(activity?.pending);
  const detailsId = `bug-${bug.id}-details`;
  const canReview = bug.status === 'new';
  const canFix = bug.status === 'accepted';
  const canMarkKnown = !bug.known && bug.status !== 'rejected';
  const hasActions = canReview || canFix || canMarkKnown;

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
            <Badge tone={kind.severity.tone} title="Severity">
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
            {bug.reporter ? <span>Reported by {bug.reporter}</span> : null}
            {bug.reportedAt ? <span>{formatRelative(bug.reportedAt)}</span> : null}
            {bug.device ? <span>{bug.device}</span> : null}
            {bug.testTitle ? <span>In “{bug.testTitle}”</span> : null}
          </span>
        </div>
        <div className="row" style={{ gap: 6 }}>
          {bug.known ? <Badge>Known issue</Badge> : null}
          {bug.exportedAt ? <Badge tone="info">Exported</Badge> : null}
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
      </div>
      {open ? (
        <dl className="kv" id={detailsId}>
          {bug.location ? (
            <>
              <dt>Where</dt>
              <dd className="mono">{bug.location}</dd>
            </>
          ) : null}
          {bug.steps ? (
            <>
              <dt>Steps</dt>
              <dd>
                <pre className="testio-pre">{bug.steps}</pre>
              </dd>
            </>
          ) : null}
          {bug.expectedResult ? (
            <>
              <dt>Expected</dt>
              <dd>{bug.expectedResult}</dd>
            </>
          ) : null}
          {bug.actualResult ? (
            <>
              <dt>What happened</dt>
              <dd>{bug.actualResult}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {/* A rejected, known bug has nothing left to decide: no empty action row. */}
      {hasActions || activity?.pending ? (
        <div className="row">
          <span className="subtle spacer" aria-live="polite">
            {activity?.pending ? PENDING_WORDS[activity.pending] : ''}
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
                  Accept
                </Button>
                <Button size="small" disabled={busy} onClick={onReject}>
                  Reject…
                </Button>
              </>
            ) : null}
            {canFix ? (
              <Button size="small" disabled={busy} onClick={() => void markFixed(bug)}>
                Mark fixed
              </Button>
            ) : null}
            {canMarkKnown ? (
              <Button
                size="small"
                variant="ghost"
                disabled={busy}
                onClick={() => void markKnown(bug)}
              >
                Mark known
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {activity?.error ? (
        <div className="banner banner-bad" role="alert">
          <div className="stack" style={{ gap: 2, flex: 1 }}>
            <strong>{activity.error.message}</strong>
            {activity.error.hint ? <span className="muted">{activity.error.hint}</span> : null}
          </div>
          <Button size="small" variant="ghost" onClick={() => dismissError(bug.id)}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </article>
  );
}
