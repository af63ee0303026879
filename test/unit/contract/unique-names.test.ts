import { describe, expect, it } from 'vitest';
import { contract, events } from '../../../shared/contract';
import { appEvents } from '../../../shared/contract/app-events';
import { bitbarChannels, bitbarEvents } from '../../../shared/contract/bitbar';
import { bitbarDeviceChannels } from '../../../shared/contract/bitbar-devices';
import { bitbarProjectChannels } from '../../../shared/contract/bitbar-projects';
import { bitbarRunChannels } from '../../../shared/contract/bitbar-runs';
import { bitbarSessionChannels } from '../../../shared/contract/bitbar-session';
import { mergeDisjoint } from '../../../shared/contract/merge';
import { uploadEvents } from '../../../shared/contract/uploads';
import { watchEvents } from '../../../shared/contract/watch';

const count = (...maps: object[]) => maps.reduce((sum, map) => sum + Object.keys(map).length, 0);

describe('mergeDisjoint', () => {
  it('keeps every entry of disjoint parts', () => {
    expect(mergeDisjoint({ a: 1 }, { b: 2 }, { c: 3 })).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('refuses a name two parts declare, naming it', () => {
    expect(() => mergeDisjoint({ a: 1, list: 2 }, { list: 3 })).toThrow('"list" is declared twice');
  });
});

describe('the contract', () => {
  it('loses no Bitbar channel when its areas are merged', () => {
    const parts = [
      bitbarSessionChannels,
      bitbarDeviceChannels,
      bitbarProjectChannels,
      bitbarRunChannels,
    ];
    expect(Object.keys(bitbarChannels)).toHaveLength(count(...parts));
  });

  it('loses no event when the event maps are merged', () => {
    expect(Object.keys(events)).toHaveLength(
      count(appEvents, uploadEvents, bitbarEvents, watchEvents),
    );
  });

  it('gives every channel id and every event a name of its own', () => {
    const channelIds = Object.entries(contract).flatMap(([namespace, group]) =>
      Object.keys(group).map((method) => `${namespace}.${method}`),
    );
    const names = [...channelIds, ...Object.keys(events)];
    expect(names.length).toBeGreaterThan(50);
    expect(new Set(names).size).toBe(names.length);
  });
});
