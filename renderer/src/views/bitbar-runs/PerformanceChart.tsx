import type { BitbarPerformanceSample } from '../../../../shared/contract/bitbar-runs';
import { formatNumber } from '../../ui';
import { PercentGrid } from './PercentGrid';
import { useTranslation } from 'react-i18next';
import { percent } from './run-words';

const WIDTH = 560;
const HEIGHT = 160;
const PAD = { left: 40, right: 48, top: 10, bottom: 22 };

/** CPU (left axis, %) and memory (right axis, MB) over the device run, as inline SVG. */
export function PerformanceChart({ samples }: { samples: BitbarPerformanceSample[] }) {
  const { t } = useTranslation('bitbarRuns');
  if (samples.length < 2) return <p className="subtle">{t('chart.noPerformance')}</p>;
  const number = (value: number, digits = 0) =>
    formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
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
        aria-label={t('chart.peaks', {
          cpu: percent(peakCpu),
          memory: number(peakMb),
        })}
      >
        <PercentGrid
          left={PAD.left}
          right={WIDTH - PAD.right}
          y={yCpu}
          rightLabel={(tick) => `${number(maxMb * tick)} MB`}
        />
        <path className="chart-line chart-line-cpu" d={line((s) => yCpu(s.cpu))} />
        <path className="chart-line chart-line-mem" d={line((s) => yMem(s.memoryKb))} />
        <text className="chart-label" x={PAD.left} y={HEIGHT - 6}>
          0 s
        </text>
        <text className="chart-label" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
          {span < 10_000 ? number(span / 1000, 1) : number(span / 1000)} s
        </text>
      </svg>
      <figcaption className="row subtle">
        <span className="legend legend-cpu">{t('chart.cpuPeak', { cpu: percent(peakCpu) })}</span>
        <span className="legend legend-mem">
          {t('chart.memoryPeak', { memory: number(peakMb) })}
        </span>
      </figcaption>
    </figure>
  );
}
