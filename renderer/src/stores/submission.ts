import type { DropshipErrorShape } from '../../../shared/errors';
import { asErrorShape } from '../lib/errors';

/** The result of a form submission: field problems next to fields, the rest on top. */
export interface Submission {
  busy: boolean;
  error?: DropshipErrorShape;
}

/**
 * Runs one form submission into its `Submission` slot: busy while it runs, the failure
 * kept for the form. Resolves with what `run` returned, or undefined when it failed.
 */
export async function submit<T>(
  write: (submission: Submission) => void,
  run: () => Promise<T>,
): Promise<T | undefined> {
  write({ busy: true });
  try {
    const result = await run();
    write({ busy: false });
    return result;
  } catch (error) {
    write({ busy: false, error: asErrorShape(error) });
    return undefined;
  }
}
