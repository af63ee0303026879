import { percent, sparkline, trendDescription } from '../../../../shared/domain/board-words';

/** Recent runs' success, oldest to newest, as a small line (same geometry as the export). */
export function Sparkline({ values }: { values: readonly number[] }) {
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
        Last {values.length} runs, latest {percent(latest)} passed
      </span>
    </p>
  );
}
