import { expect, it } from 'vitest';
import { versionLine } from '../../../shared/domain/board-words';

it('names the build number only when it says something the version does not', () => {
  expect(versionLine('1.4.0', '45')).toBe('Version 1.4.0 (build 45)');
  expect(versionLine('0.20.4', '0.20.4')).toBe('Version 0.20.4');
  expect(versionLine('2.0')).toBe('Version 2.0');
});
