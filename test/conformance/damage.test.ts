import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inspectBuild } from '../../main/core/inspect';
import { DropshipError } from '../../shared/errors';
import { truncations } from '../fixtures/broken';
import { mutants } from '../support/mutants';
import { expectDropshipError } from '../unit/inspect/helpers';
import { corpus, describeCorpus } from './corpus';

/**
 * Real builds damaged the ways downloads and disks damage files: each gives a result or a
 * person-facing refusal, never an internal error. Real zips carry what generated ones do
 * not (signing blocks, data descriptors, extra fields, thousands of entries).
 */
describeCorpus('damaged real-world builds', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dropship-conformance-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(['hello-world.apk', 'CalSmoke.ipa', 'install-time-permanent-modules.aab'])(
    '%s cut off at each point of a download says it is incomplete',
    async (file) => {
      const ext = file.slice(file.lastIndexOf('.'));
      for (const [where, bytes] of Object.entries(truncations(await readFile(corpus(file))))) {
        const path = join(dir, `cut-${where}${ext}`);
        await writeFile(path, bytes);
        await expectDropshipError(inspectBuild(path), 'unsupported_file', /damaged or incomplete/);
      }
    },
  );

  it.each(['com.politedroid_6.apk', 'very-capable-app.ipa', 'v2.only.sig_2.apk'])(
    '%s with random damage: a result or a person-facing error',
    async (file) => {
      const original = await readFile(corpus(file));
      const path = join(dir, file);
      for (const bytes of mutants(original, 100, 8)) {
        await writeFile(path, bytes);
        try {
          await inspectBuild(path);
        } catch (err) {
          expect(err).toBeInstanceOf(DropshipError);
          expect((err as DropshipError).code).toBe('unsupported_file');
        }
      }
    },
  );
});
