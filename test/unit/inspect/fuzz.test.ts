import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { parseProtoTable, parseProtoXml } from '../../../main/core/inspect/aab-proto';
import { readManifest } from '../../../main/core/inspect/android-manifest';
import { resolveFiles, resolveString } from '../../../main/core/inspect/android-resources';
import { parseArsc } from '../../../main/core/inspect/arsc';
import { parseAxml } from '../../../main/core/inspect/axml';
import { FormatError } from '../../../main/core/inspect/errors';
import { parsePlist } from '../../../main/core/inspect/plist';
import { toStandardPng } from '../../../main/core/inspect/png';
import { ZipArchive } from '../../../main/core/inspect/zip';
import { DropshipError } from '../../../shared/errors';
import { fixture } from '../../fixtures/index';
import type { FixtureName } from '../../fixtures/index';
import { mutants } from '../../support/mutants';

async function entry(file: FixtureName, name: string): Promise<Buffer> {
  const zip = await ZipArchive.open(fixture(file));
  try {
    return await zip.read(name, 64 * 1024 * 1024);
  } finally {
    zip.close();
  }
}

/** The parser may succeed or throw FormatError, nothing else (no RangeError, no hang). */
function survives(run: () => void): void {
  try {
    run();
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
  }
}

async function survivesAsync(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
  }
}

describe('parsers survive damaged input', () => {
  it('binary XML manifest', async () => {
    const buf = await entry('android-full.apk', 'AndroidManifest.xml');
    for (const m of mutants(buf, 400, 1)) survives(() => readManifest(parseAxml(m)));
  });

  it('resources.arsc', async () => {
    const buf = await entry('android-full.apk', 'resources.arsc');
    const manifest = readManifest(
      parseAxml(await entry('android-full.apk', 'AndroidManifest.xml')),
    );
    for (const m of mutants(buf, 400, 2)) {
      survives(() => {
        const res = parseArsc(m);
        resolveString(manifest.label, res);
        if (manifest.icon?.kind === 'ref') resolveFiles(manifest.icon.id, res);
      });
    }
  });

  it('AAB protobuf manifest and resource table', async () => {
    const xml = await entry('android-bundle.aab', 'base/manifest/AndroidManifest.xml');
    for (const m of mutants(xml, 400, 3)) survives(() => readManifest(parseProtoXml(m)));
    const manifest = readManifest(parseProtoXml(xml));
    const table = await entry('android-bundle.aab', 'base/resources.pb');
    for (const m of mutants(table, 400, 4)) {
      survives(() => {
        const res = parseProtoTable(m);
        resolveString(manifest.label, res);
        if (manifest.icon?.kind === 'ref') resolveFiles(manifest.icon.id, res);
      });
    }
  });

  it('binary and XML Info.plist', async () => {
    const binary = await entry('ios-binary-plist.ipa', 'Payload/Fixture.app/Info.plist');
    for (const m of mutants(binary, 400, 5)) await survivesAsync(() => parsePlist(m));
    const xml = await entry('ios-simulator.app.zip', 'FixtureSim.app/Info.plist');
    for (const m of mutants(xml, 100, 6)) await survivesAsync(() => parsePlist(m));
  });

  it('CgBI icon', async () => {
    const buf = await entry('ios-binary-plist.ipa', 'Payload/Fixture.app/AppIcon60x60@3x.png');
    for (const m of mutants(buf, 400, 7)) survives(() => toStandardPng(m));
  });
});

describe('inspectBuild survives damaged files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dropship-fuzz-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['android-full.apk', 'ios-xml-plist.ipa'] as const)(
    '%s with random damage: a result or a person-facing error, never an internal one',
    async (file) => {
      const original = await readFile(fixture(file));
      const path = join(dir, file);
      for (const m of mutants(original, 150, 8)) {
        await writeFile(path, m);
        try {
          await inspectBuild(path);
        } catch (err) {
          expect(err).toBeInstanceOf(DropshipError);
          if ((err as DropshipError).code === 'internal') console.log((err as Error).message);
          expect((err as DropshipError).code).toBe('unsupported_file');
        }
      }
    },
  );
});
