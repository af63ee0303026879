import { describe, expect, it } from 'vitest';
import type { BitbarDevice } from '../../../shared/contract/bitbar-devices';
import {
  filterDevices,
  indexDevice,
  mergeDevices,
} from '../../../renderer/src/stores/bitbar-catalog-filter';

const device = (
  id: number,
  name: string,
  os: 'ANDROID' | 'IOS',
  osVersion: string,
  apiLevel: number,
): BitbarDevice => ({
  id,
  name,
  os,
  osVersion,
  apiLevel,
  credits: 0,
  imageUrl: null,
});

const catalog = [
  device(1, 'Google Pixel 7 GVU6C05U', 'ANDROID', '14', 34),
  device(2, 'Google Pixel 7 Pro GP4BC12', 'ANDROID', '13', 33),
  device(3, 'Google Pixel 3 G013A37W', 'ANDROID', '10', 29),
  device(4, 'Apple iPhone 15 A2846', 'IOS', '17.4', 17),
  device(5, 'Apple iPad (9th gen) A1657', 'IOS', '18.0', 18),
].map(indexDevice);

const names = (query: string, os: 'ALL' | 'ANDROID' | 'IOS' = 'ALL') =>
  filterDevices(catalog, query, os).map((d) => d.id);

describe('catalog filter', () => {
  it('matches every word at the start of a word, not inside model codes', () => {
    expect(names('pixel 7')).toEqual([1, 2]);
    expect(names('PIXEL   7 pro')).toEqual([2]);
    expect(names('g013')).toEqual([3]);
  });

  it('finds OS versions, API levels and punctuated names', () => {
    expect(names('api 33')).toEqual([2]);
    expect(names('17.4')).toEqual([4]);
    expect(names('ios')).toEqual([4, 5]);
    expect(names('9th')).toEqual([5]);
  });

  it('applies the OS filter and treats an empty query as everything', () => {
    expect(names('', 'IOS')).toEqual([4, 5]);
    expect(names('google', 'IOS')).toEqual([]);
    expect(names('')).toHaveLength(5);
  });

  it('ranks name matches above OS-version matches', () => {
    const phones = [
      device(10, 'Apple iPhone 7 A1778', 'IOS', '15.7.9', 15),
      device(11, 'Apple iPhone 14 A2649', 'IOS', '15.0', 15),
      device(12, 'Apple iPhone 15 A2846', 'IOS', '17.4', 17),
      device(13, 'Apple iPhone 15 Pro A2848', 'IOS', '17.2', 17),
      device(14, 'Apple iPhone 15Plus A2847', 'IOS', '18.0', 18),
    ].map(indexDevice);
    const found = filterDevices(phones, 'iphone 15', 'ALL').map((d) => d.id);
    expect(found).toEqual([12, 13, 14, 10, 11]);
  });

  it('merges new devices once, in name order', () => {
    const known = new Set([1]);
    const start = [indexDevice(device(1, 'Zed', 'ANDROID', '14', 34))];
    const merged = mergeDevices(start, known, [
      device(1, 'Zed', 'ANDROID', '14', 34),
      device(9, 'Alpha 2', 'ANDROID', '13', 33),
      device(8, 'Alpha 10', 'ANDROID', '13', 33),
    ]);
    expect(merged.map((e) => e.device.name)).toEqual(['Alpha 2', 'Alpha 10', 'Zed']);
    expect(mergeDevices(merged, known, [device(9, 'Alpha 2', 'ANDROID', '13', 33)])).toBe(merged);
  });
});
