import type { BuildInfo } from '../../../shared/domain/build-info';
import { DEFAULT_BUDGET, inspectInWorker, type InspectBudget } from './worker-pool';

export interface InspectOptions {
  signal?: AbortSignal;
  /** Time and memory one inspection may take; tests shorten it. */
  budget?: Partial<InspectBudget>;
}

/**
 * Reads a build's metadata (id, version, minimum OS, label, icon…) without reading the
 * whole file. The work runs in a worker thread with a time and memory budget, so a
 * crafted build can never freeze the app: past the budget the worker is stopped and the
 * build refused (`timeout`: "This build could not be read in time"). Every failure is a
 * DropshipError a person can act on: `not_found`, `unsupported_file`, `timeout` or
 * `cancelled`.
 */
export function inspectBuild(path: string, opts: InspectOptions = {}): Promise<BuildInfo> {
  return inspectInWorker(path, { ...DEFAULT_BUDGET, ...opts.budget }, opts.signal);
}
