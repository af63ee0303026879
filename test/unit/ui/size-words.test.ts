import { expect, it } from 'vitest';
import { formatBytes, formatSizeWords } from '../../../renderer/src/ui/format';

it('writes a service’s size words in Dropship’s one size format', () => {
  expect(formatSizeWords('23.41 MB')).toBe('23 MB');
  expect(formatSizeWords('1.32 MB')).toBe(formatBytes(1_320_000));
  expect(formatSizeWords('1.32 MB')).toBe('1.3 MB');
  expect(formatSizeWords('.00 MB')).toBe('0 bytes');
  expect(formatSizeWords('about a megabyte')).toBe('about a megabyte');
});
