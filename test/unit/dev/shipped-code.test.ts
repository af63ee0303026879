import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { entries, external } from '../../../main/dev/build.mjs';

/** Every source file esbuild pulls into the app's bundles, as build.mjs bundles them. */
async function shippedInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: Object.values(entries),
    bundle: true,
    platform: 'node',
    format: 'esm',
    external,
    metafile: true,
    write: false,
    outdir: 'dist-check',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('what the app ships', () => {
  it('bundles the shell, core and sandbox, and nothing of Playwright or main/dev', async () => {
    const inputs = await shippedInputs();
    expect(inputs).toContain('main/index.ts');
    expect(inputs).toContain('main/core/create-core.ts');
    expect(inputs.filter((input) => /playwright|^main\/dev\//.test(input))).toEqual([]);
  });
});
