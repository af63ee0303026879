import { useEffect, useState } from 'react';
import { Button, EmptyState, ErrorState, LoadingState, Page } from '../../ui';
import { useBoard } from '../../stores/board-store';
import { AddCardDialog } from './AddCardDialog';
import { BoardCardView } from './BoardCardView';
import { ExportDialog } from './ExportDialog';
import { RefreshChoice } from './RefreshChoice';
import { AccountSwitcher } from '../../app/AccountSwitcher';
import './board.css';

/** The stakeholder's screen: every tracked app at a glance, fresh on its own. */
export function BoardView() {
  const board = useBoard((s) => s.board);
  const loading = useBoard((s) => s.loading);
  const loadError = useBoard((s) => s.loadError);
  const refreshError = useBoard((s) => s.refreshError);
  const start = useBoard((s) => s.start);
  const load = useBoard((s) => s.load);
  const refresh = useBoard((s) => s.refresh);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => start(), [start]);

  const hasCards = Boolean(board?.cards.length);
  return (
    <Page
      title="Status board"
      subtitle="Which version is out, how to install it, and how testing is going."
      actions={
        <div className="row board-actions">
          <AccountSwitcher service="installr" onSwitched={refresh} />
          <AccountSwitcher service="testio" onSwitched={refresh} />
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add an app
          </Button>
          <Button onClick={() => setExporting(true)} disabled={!hasCards}>
            Export as a web page
          </Button>
          <Button onClick={() => window.print()} disabled={!hasCards}>
            Print / Save as PDF
          </Button>
        </div>
      }
    >
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {refreshError ? <ErrorState error={refreshError} onRetry={() => void refresh()} /> : null}
      {loading && !board ? <LoadingState label="Loading the board…" /> : null}
      {board && !hasCards ? (
        <div className="card">
          <EmptyState
            icon="▦"
            title="No apps on the board yet"
            action={
              <Button variant="primary" onClick={() => setAdding(true)}>
                Add an app
              </Button>
            }
          >
            Paste an app’s token from Installr, or pick an app, product or project from a connected
            account.
          </EmptyState>
        </div>
      ) : null}
      {board && hasCards ? (
        <>
          <div className="board-grid">
            {board.cards.map((card) => (
              <BoardCardView key={card.id} card={card} />
            ))}
          </div>
          <RefreshChoice seconds={board.refreshSeconds} />
        </>
      ) : null}
      <AddCardDialog open={adding} onClose={() => setAdding(false)} />
      <ExportDialog open={exporting} onClose={() => setExporting(false)} />
    </Page>
  );
}
