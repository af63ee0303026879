import { useTranslation } from 'react-i18next';
import { sparkline } from '../../../../shared/domain/board-words';
import { formatPercent } from '../../ui';
import { trendDescription } from './board-words';

/** Recent runs' success, oldest to newest, as a small line (same geometry as the export). */
export function Sparkline({ values }: { values: readonly number[] }) {
  const { t } = useTranslation('board');
  const line = sparkline(values, 120, 32);
  if (!line) return null;
  const latest = values[values.length - 1]!;
  return (
    <p className="board-trend">
      <svg
        width={line.width}
        height={line.height}
        viewBox={`0 0 ${line.width} ${line.height}`}
        role="img"
        aria-label={trendDescription(values)}
      >
        <polyline
          points={line.points}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
        <circle cx={line.last.x} cy={line.last.y} r={3} fill="currentColor" />
      </svg>
      <span className="subtle">
        {t('bitbar.trend', { count: values.length, percent: formatPercent(latest) })}
      </span>
    </p>
  );
}
