import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { DropshipError } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/errors';

/**
 * Decodes a data URL with pngjs, an independent decoder: if it accepts the bytes (CRCs,
 * zlib stream, filters), so will a browser.
 */
export function decodeDataUrl(url: string | undefined): PNG {
  expect(url).toMatch(/^data:image\/png;base64,/);
  const bytes = Buffer.from((url ?? '').slice('data:image/png;base64,'.length), 'base64');
  return PNG.sync.read(bytes, { checkCRC: true });
}

/** IHDR width and height, read straight from the bytes. */
export function ihdrSize(url: string | undefined): { width: number; height: number } {
  const bytes = Buffer.from((url ?? '').split(',')[1] ?? '', 'base64');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export async function expectDropshipError(
  promise: Promise<unknown>,
  code: ErrorCode,
  message: RegExp,
): Promise<DropshipError> {
  const err: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DropshipError);
  const de = err as DropshipError;
  expect(de.code).toBe(code);
  expect(de.message).toMatch(message);
  // The message is for a person: no stack trace, no internal jargon leaking through.
  expect(de.message).not.toMatch(/\bat .+:\d+:\d+|RangeError|ERR_/);
  return de;
}
