import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('board');
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
      title={t('page.title')}
      subtitle={t('page.subtitle')}
      actions={
        <div className="row board-actions">
          <AccountSwitcher service="installr" onSwitched={refresh} />
          <AccountSwitcher service="testio" onSwitched={refresh} />
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('page.add')}
          </Button>
          <Button onClick={() => setExporting(true)} disabled={!hasCards}>
            {t('page.export')}
          </Button>
          <Button onClick={() => window.print()} disabled={!hasCards}>
            {t('page.print')}
          </Button>
        </div>
      }
    >
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {refreshError ? <ErrorState error={refreshError} onRetry={() => void refresh()} /> : null}
      {loading && !board ? <LoadingState label={t('loading')} /> : null}
      {board && !hasCards ? (
        <div className="card">
          <EmptyState
            icon="▦"
            title={t('empty.title')}
            action={
              <Button variant="primary" onClick={() => setAdding(true)}>
                {t('page.add')}
              </Button>
            }
          >
            {t('empty.body')}
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
