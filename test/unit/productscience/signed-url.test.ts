import { describe, expect, it } from 'vitest';
import {
  signedUrlExpired,
  signedUrlExpiresAt,
} from '../../../main/core/providers/productscience/signed-url';

const url = (date: string, expires: string) =>
  `https://storage.example/b/o.apk?X-Goog-Algorithm=GOOG4-HMAC-SHA256&X-Goog-Date=${date}&X-Goog-Expires=${expires}&X-Goog-Signature=ab`;

describe('signed URL expiry', () => {
  it('reads X-Goog-Date plus X-Goog-Expires', () => {
    expect(signedUrlExpiresAt(url('20261130T060000Z', '3600'))).toBe(
      Date.UTC(2026, 10, 30, 7, 0, 0),
    );
  });

  it('counts a URL about to expire as expired, a fresh one as valid', () => {
    const signed = url('20261130T060000Z', '900');
    expect(signedUrlExpired(signed, Date.UTC(2026, 10, 30, 6, 5))).toBe(false);
    expect(signedUrlExpired(signed, Date.UTC(2026, 10, 30, 6, 14, 45))).toBe(true);
  });

  it('says nothing about a URL that carries no expiry', () => {
    expect(signedUrlExpiresAt('https://storage.example/b/o.apk')).toBeUndefined();
    expect(signedUrlExpired('not a url')).toBe(false);
  });
});
