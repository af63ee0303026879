import { useTranslation } from 'react-i18next';
import { percent } from './run-words';
/** The horizontal 0 / 50 / 100 % lines of a chart, labelled on the left (and optionally right). */
export function PercentGrid({
  left,
  right,
  y,
  rightLabel,
}: {
  left: number;
  right: number;
  y: (fraction: number) => number;
  rightLabel?: (fraction: number) => string;
}) {
  useTranslation(); // renders again, in the new locale, when the language changes
  return (
    <>
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line className="chart-grid" x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          <text className="chart-label" x={left - 6} y={y(tick) + 4} textAnchor="end">
            {percent(tick)}
          </text>
          {rightLabel ? (
            <text className="chart-label" x={right + 6} y={y(tick) + 4}>
              {rightLabel(tick)}
            </text>
          ) : null}
        </g>
      ))}
    </>
  );
}
