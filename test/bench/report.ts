/**
 * One bench result: a figure, the reference it is read against (measured in the same run,
 * on the same machine), their ratio, and a target the figure meets or misses. `npm run
 * bench` exits non-zero when any row misses its target; a row that could not be measured
 * says why and does not count as missed.
 */
export interface BenchRow {
  name: string;
  /** The figure, with its unit: "1.23 s", "42 MiB". */
  figure: string;
  /** What it is compared with, with its unit: "curl 1.10 s". */
  reference: string;
  /** The figure over the reference (or the inverse, as `ratioMeans` says). */
  ratio: number;
  /** What the ratio means, e.g. "× curl's throughput". */
  ratioMeans: string;
  target: string;
  met: boolean;
}

export interface SkippedRow {
  name: string;
  skipped: string;
}

export type BenchLine = BenchRow | SkippedRow;

export const isSkipped = (line: BenchLine): line is SkippedRow => 'skipped' in line;

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
export const mib = (value: number) => `${value.toFixed(0)} MiB`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The value below which `q` of the values fall (nearest rank). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export function printSection(title: string, lines: BenchLine[]): void {
  console.log(`\n${title}`);
  for (const line of lines) {
    if (isSkipped(line)) {
      console.log(`  SKIP  ${line.name}: ${line.skipped}`);
      continue;
    }
    console.log(
      `  ${line.met ? 'PASS' : 'FAIL'}  ${line.name.padEnd(52)} ${line.figure.padStart(9)}   vs ${line.reference.padEnd(22)} ratio ${line.ratio.toFixed(2)} ${line.ratioMeans.padEnd(26)} target ${line.target}`,
    );
  }
}

export function missed(lines: BenchLine[]): BenchRow[] {
  return lines.filter((line): line is BenchRow => !isSkipped(line) && !line.met);
}
