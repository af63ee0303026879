import { describe, expect, it } from 'vitest';
import { parseArsc } from '../../../main/core/inspect/arsc';
import {
  rankPngs,
  resolveFiles,
  resolveString,
} from '../../../main/core/inspect/android-resources';
import { buildArsc } from '../../fixtures/encode/arsc';
import type { EntryLayout } from '../../fixtures/encode/arsc';

const REF = 0x01;
const STRING = 0x03;
const INT = 0x10;

const STRINGS = ['Hello', 'Cześć', 'res/drawable-mdpi/icon.png', 'res/drawable-xxxhdpi/icon.png'];

/** type 1 = string, type 2 = drawable, type 3 = mipmap (aliases). */
function table(layout: EntryLayout): Buffer {
  return buildArsc(STRINGS, [
    {
      typeId: 1,
      layout,
      entries: new Map([
        [5, [STRING, 0]],
        [6, [INT, 42]],
        [7, [REF, 0x7f010007]],
      ]),
    },
    { typeId: 1, layout, language: 'pl', entries: new Map([[5, [STRING, 1]]]) },
    { typeId: 2, layout, density: 160, entries: new Map([[300, [STRING, 2]]]) },
    { typeId: 2, layout, density: 640, entries: new Map([[300, [STRING, 3]]]) },
    { typeId: 3, layout, entries: new Map([[0, [REF, 0x7f02012c]]]) },
  ]);
}

describe.each<EntryLayout>(['dense', 'offset16', 'sparse', 'compact'])(
  'resources.arsc, %s entries',
  (layout) => {
    const res = parseArsc(table(layout));

    it('finds every configuration of an entry', () => {
      const values = res.lookup(0x7f010005);
      expect(values).toHaveLength(2);
      expect(values[0]).toMatchObject({
        isDefault: true,
        locale: '',
        value: { kind: 'string', value: 'Hello' },
      });
      expect(values[1]).toMatchObject({
        isDefault: false,
        locale: 'pl',
        value: { kind: 'string', value: 'Cześć' },
      });
    });

    it('resolves a label reference in the default configuration', () => {
      expect(resolveString({ kind: 'ref', id: 0x7f010005 }, res)).toBe('Hello');
      expect(resolveString({ kind: 'ref', id: 0x7f010006 }, res)).toBe('42');
    });

    it('stops on a reference loop instead of hanging', () => {
      expect(resolveString({ kind: 'ref', id: 0x7f010007 }, res)).toBeUndefined();
    });

    it('returns nothing for unknown ids', () => {
      expect(res.lookup(0x7f010004)).toEqual([]);
      expect(res.lookup(0x7f090000)).toEqual([]);
      expect(res.lookup(0x01010001)).toEqual([]);
    });

    it('follows an icon alias to every density and ranks the sharpest first', () => {
      const files = resolveFiles(0x7f030000, res);
      expect(files.map((f) => f.path).sort()).toEqual([STRINGS[2], STRINGS[3]]);
      expect(rankPngs(files)[0]).toEqual({ path: 'res/drawable-xxxhdpi/icon.png', density: 640 });
    });
  },
);

describe('icon ranking', () => {
  it('puts plain PNGs before nine-patches and vectors last', () => {
    const ranked = rankPngs([
      { path: 'res/mipmap-anydpi-v26/ic.xml', density: 0xfffe },
      { path: 'res/drawable/ic.png', density: 0 },
      { path: 'res/drawable-xhdpi/ic.9.png', density: 320 },
      { path: 'res/drawable-hdpi/ic.png', density: 240 },
    ]);
    expect(ranked.map((f) => f.path)).toEqual([
      'res/drawable-hdpi/ic.png',
      'res/drawable/ic.png',
      'res/drawable-xhdpi/ic.9.png',
    ]);
  });
});
