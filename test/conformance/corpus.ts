import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/**
 * The real-world corpus: public builds from other projects, with reference values from
 * aapt and plistutil (its README). It lives beside the repository, in ../shared, where CI
 * has it; a clone on its own does not, and then this suite is skipped, saying why. This
 * folder is the only place in the repository that names it.
 * DROPSHIP_CONFORMANCE_DIR points the suite elsewhere.
 */
const DEFAULT_DIR = fileURLToPath(new URL('../../../shared/fixtures/builds/', import.meta.url));

export const CORPUS_DIR = resolve(process.env.DROPSHIP_CONFORMANCE_DIR ?? DEFAULT_DIR);

export const corpusAvailable = existsSync(CORPUS_DIR);

export const corpus = (name: string): string => join(CORPUS_DIR, name);

/**
 * A describe block that runs only with the corpus present. Its title carries the reason
 * when skipped, which test/run.mjs repeats under the totals.
 */
export function describeCorpus(title: string, body: () => void): void {
  const reason = `skipped: ${relative(process.cwd(), CORPUS_DIR) || CORPUS_DIR} does not exist (the real-world builds live beside the repository, as in CI; DROPSHIP_CONFORMANCE_DIR can point elsewhere)`;
  describe.skipIf(!corpusAvailable)(corpusAvailable ? title : `${title} — ${reason}`, body);
}
