import { useTranslation } from 'react-i18next';
import { REFRESH_CHOICES } from '../../../../shared/contract/board';
import { i18n } from '../../i18n';
import { useBoard } from '../../stores/board-store';

const words = (seconds: number) =>
  seconds < 60
    ? i18n.t('board:refresh.seconds', { count: seconds })
    : seconds === 60
      ? i18n.t('board:refresh.minute')
      : i18n.t('board:refresh.minutes', { count: seconds / 60 });

/** How often the board checks the services; any stored value stays selectable. */
export function RefreshChoice({ seconds }: { seconds: number }) {
  const { t } = useTranslation('board');
  const setRefreshInterval = useBoard((s) => s.setRefreshInterval);
  const choices = [...new Set<number>([...REFRESH_CHOICES, seconds])].sort((a, b) => a - b);
  return (
    <p className="board-refresh subtle">
      <label htmlFor="board-refresh">{t('refresh.label')}</label>
      <select
        id="board-refresh"
        className="select"
        value={seconds}
        onChange={(event) => void setRefreshInterval(Number(event.target.value))}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {words(choice)}
          </option>
        ))}
      </select>
    </p>
  );
}
