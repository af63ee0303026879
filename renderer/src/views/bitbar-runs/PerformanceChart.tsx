import type { BitbarPerformanceSample } from '../../../../shared/contract/bitbar-runs';
import { PercentGrid } from './PercentGrid';

const WIDTH = 560;
const HEIGHT = 160;
const PAD = { left: 40, right: 48, top: 10, bottom: 22 };

/** CPU (left axis, %) and memory (right axis, MB) over the device run, as inline SVG. */
export function PerformanceChart({ samples }: { samples: BitbarPerformanceSample[] }) {
  if (samples.length < 2)
    return <p className="subtle">Performance data appears while the tests run.</p>;
  const start = samples[0]!.at;
  const span = Math.max(1, samples[samples.length - 1]!.at - start);
  const maxMb = Math.max(...samples.map((s) => s.memoryKb / 1024)) * 1.15;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (at: number) => PAD.left + ((at - start) / span) * innerW;
  const yCpu = (cpu: number) => PAD.top + innerH * (1 - cpu);
  const yMem = (kb: number) => PAD.top + innerH * (1 - kb / 1024 / maxMb);
  const line = (y: (s: BitbarPerformanceSample) => number) =>
    samples
      .map((s, i) => `${i === 0 ? 'M' : 'L'}${x(s.at).toFixed(1)},${y(s).toFixed(1)}`)
      .join(' ');
  const peakCpu = Math.max(...samples.map((s) => s.cpu));
  const peakMb = Math.max(...samples.map((s) => s.memoryKb / 1024));
  return (
    <figure className="stack" style={{ gap: 6, margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`CPU peaked at ${Math.round(peakCpu * 100)}%, memory at ${peakMb.toFixed(0)} MB`}
      >
        <PercentGrid
          left={PAD.left}
          right={WIDTH - PAD.right}
          y={yCpu}
          rightLabel={(tick) => `${Math.round(maxMb * tick)} MB`}
        />
        <path className="chart-line chart-line-cpu" d={line((s) => yCpu(s.cpu))} />
        <path className="chart-line chart-line-mem" d={line((s) => yMem(s.memoryKb))} />
        <text className="chart-label" x={PAD.left} y={HEIGHT - 6}>
          0 s
        </text>
        <text className="chart-label" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
          {span < 10_000 ? (span / 1000).toFixed(1) : Math.round(span / 1000)} s
        </text>
      </svg>
      <figcaption className="row subtle">
        <span className="legend legend-cpu">CPU (peak {Math.round(peakCpu * 100)}%)</span>
        <span className="legend legend-mem">Memory (peak {peakMb.toFixed(0)} MB)</span>
      </figcaption>
    </figure>
  );
}
