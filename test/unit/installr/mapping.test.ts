import { describe, expect, it } from 'vitest';
import { toBuild } from '../../../main/core/providers/installr/client';
import { installrError } from '../../../main/core/providers/installr/errors';
import { testerStatus } from '../../../main/core/providers/installr/tester-status';

describe('testerStatus', () => {
  it.each([
    [{ cssClass: 'yellow', label: 'Invite Sent', level: 0 }, 'invited', 'warning'],
    [{ cssClass: 'blue', label: 'Invite Accepted', level: 1 }, 'accepted', 'neutral'],
    [{ label: 'Registered' }, 'accepted', 'neutral'],
    [{ cssClass: 'blue', label: 'Device Registered', level: 2 }, 'device_registered', 'neutral'],
    [{ cssClass: 'green', label: 'Installed', level: 3 }, 'installed', 'good'],
    [{ cssClass: 'red', label: 'Unsubscribed', level: -1 }, 'unsubscribed', 'bad'],
    [{ cssClass: 'grey', label: 'Not Notified', level: 0 }, 'not_notified', 'neutral'],
  ])('%o → %s', (status, stage, tone) => {
    expect(testerStatus(status)).toMatchObject({ stage, tone, serviceLabel: status.label });
  });

  it('falls back to the level, then the colour, for labels it has not seen', () => {
    expect(testerStatus({ label: 'Wibble', level: 3 }).stage).toBe('installed');
    expect(testerStatus({ label: 'Wibble', cssClass: 'red' }).stage).toBe('unsubscribed');
  });

  it("shows Installr's own words when nothing else is known", () => {
    expect(testerStatus({ label: 'Quarantined' })).toMatchObject({
      stage: 'unknown',
      text: 'Quarantined',
    });
    expect(testerStatus(undefined)).toMatchObject({ stage: 'unknown', text: 'Status unknown' });
  });
});

describe('toBuild', () => {
  it('maps the documented build to our words', () => {
    expect(
      toBuild({
        id: 148,
        versionNumber: '0.8.0',
        dateCreated: '2014-02-27T03:00:48Z',
        releaseNotes: 'Notes',
        numberInstalled: 2,
        icon: { url: 'https://s3.amazonaws.com/installr-prod/icons/a.png', buildSize: '.00 MB' },
        buildFile: {
          url: 'https://s3.amazonaws.com/installr-prod/appBuilds/z.ipa',
          buildSize: '1.32 MB',
        },
      }),
    ).toEqual({
      id: 148,
      version: '0.8.0',
      createdAt: '2014-02-27T03:00:48Z',
      releaseNotes: 'Notes',
      iconUrl: 'https://s3.amazonaws.com/installr-prod/icons/a.png',
      installs: 2,
      platform: 'ios',
      size: '1.32 MB',
    });
  });

  it('prefers the type Installr sends over the file extension', () => {
    const build = toBuild({ id: 1, dateCreated: 'x', type: 'ANDROID', buildNumber: '4' });
    expect(build).toMatchObject({
      platform: 'android',
      buildNumber: '4',
      version: '—',
      installs: 0,
    });
  });
});

describe('installrError', () => {
  const response = (status: number, body: unknown, headers = {}) => ({ status, body, headers });

  it('treats a 200 with result "error" as a refusal with Installr\'s message', () => {
    const error = installrError(response(200, { result: 'error', message: 'Quota reached' }));
    expect(error.code).toBe('rejected');
    expect(error.message).toBe('Installr: Quota reached');
  });

  it('words a refused token and keeps 429 retryable with its Retry-After', () => {
    expect(
      installrError(response(401, { result: 'error', message: 'Invalid API token' })).message,
    ).toBe('Installr did not accept the API token.');
    const limited = installrError(response(429, undefined, { 'retry-after': '7' }));
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 7000 });
  });

  it('puts a 400 on the form field it concerns', () => {
    const error = installrError(
      response(400, { result: 'error', message: 'Invalid email address: x@' }),
      { rejectedField: 'emails' },
    );
    expect(error.fields).toEqual({ emails: 'Invalid email address: x@' });
  });
});
