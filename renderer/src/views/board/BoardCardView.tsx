import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../shared/domain/board';
import { versionLine, when } from './board-words';
import { Button, ConfirmDialog } from '../../ui';
import { useBoard } from '../../stores/board-store';
import { cardFreshness } from './freshness';
import { BitbarPart, InstallPart, ProductSciencePart, TestioPart } from './CardSections';

/** One tracked app: what is out, how to get it, how its tests went. */
export function BoardCardView({ card }: { card: BoardCard }) {
  const { t } = useTranslation('board');
  const now = useBoard((s) => s.now);
  const busy = useBoard((s) => Boolean(s.refreshingIds[card.id]));
  const refresh = useBoard((s) => s.refresh);
  const remove = useBoard((s) => s.remove);
  const [confirming, setConfirming] = useState(false);
  const installr = card.installr?.data;
  const headingId = `board-card-${card.id}`;

  return (
    <article className="board-card" aria-labelledby={headingId}>
      <header className="board-card-head">
        <img className="board-icon" src={card.icon} alt="" width={48} height={48} />
        <div className="board-card-title">
          <h2 id={headingId}>{card.title}</h2>
          {installr ? (
            <>
              <p className="board-version">{versionLine(installr.version, installr.buildNumber)}</p>
              {installr.releasedAt ? (
                <p className="subtle">
                  {t('card.released', { when: when(installr.releasedAt, now) })}
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      </header>

      {card.installr ? (
        <InstallPart section={card.installr} now={now} cardHeadingId={headingId} />
      ) : null}
      {card.testio ? (
        <TestioPart section={card.testio} now={now} cardHeadingId={headingId} />
      ) : null}
      {card.bitbar ? (
        <BitbarPart section={card.bitbar} now={now} cardHeadingId={headingId} />
      ) : null}
      {card.productscience ? (
        <ProductSciencePart section={card.productscience} now={now} cardHeadingId={headingId} />
      ) : null}

      <footer className="board-card-foot">
        <span className="subtle" aria-live="off">
          {cardFreshness(card, now)}
        </span>
        <span className="spacer" />
        <Button
          size="small"
          variant="ghost"
          busy={busy}
          onClick={() => void refresh(card.id)}
          aria-label={t('card.refreshApp', { app: card.title })}
        >
          {t('card.refresh')}
        </Button>
        <Button
          size="small"
          variant="ghost"
          onClick={() => setConfirming(true)}
          aria-label={t('card.removeApp', { app: card.title })}
        >
          {t('card.remove')}
        </Button>
      </footer>
      <ConfirmDialog
        open={confirming}
        title={t('card.removeTitle', { app: card.title })}
        confirmLabel={t('card.remove')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void remove(card.id);
        }}
      >
        {t('card.removeBody')}
      </ConfirmDialog>
    </article>
  );
}
