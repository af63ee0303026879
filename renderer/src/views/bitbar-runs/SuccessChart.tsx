import type { HistoryPoint } from '../../stores/bitbar-runs-store';
import { PercentGrid } from './PercentGrid';
import { useTranslation } from 'react-i18next';
import { percent } from './run-words';

const WIDTH = 560;
const HEIGHT = 140;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };

/** Success ratio of the project's recent runs, oldest on the left (inline SVG). */
export function SuccessChart({ points }: { points: HistoryPoint[] }) {
  const { t } = useTranslation('bitbarRuns');
  const ratioWords = (ratio: number | null) =>
    ratio === null ? t('chart.noResult') : percent(ratio);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(points.length, 1);
  const bar = Math.max(4, Math.min(28, slot * 0.6));
  const y = (ratio: number) => PAD.top + innerH * (1 - ratio);
  const described = points
    .map((p) => t('chart.point', { number: p.number, result: ratioWords(p.successRatio) }))
    .join(', ');
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('chart.success', { runs: described })}
    >
      <PercentGrid left={PAD.left} right={WIDTH - PAD.right} y={y} />
      {points.map((point, i) => {
        const x = PAD.left + slot * i + (slot - bar) / 2;
        const ratio = point.successRatio ?? 0;
        const tone =
          point.successRatio === null
            ? 'none'
            : ratio >= 0.9
              ? 'good'
              : ratio >= 0.6
                ? 'warn'
                : 'bad';
        return (
          <g key={point.runId}>
            <title>
              {t('chart.bar', {
                number: point.number,
                name: point.name,
                result:
                  point.successRatio === null
                    ? t('chart.noResult')
                    : t('list.passed', { percent: percent(ratio) }),
              })}
            </title>
            <rect
              className={`chart-bar chart-bar-${tone}`}
              x={x}
              y={y(ratio)}
              width={bar}
              height={Math.max(1, innerH * ratio)}
              rx={2}
            />
            <text className="chart-label" x={x + bar / 2} y={HEIGHT - 6} textAnchor="middle">
              {point.number}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
