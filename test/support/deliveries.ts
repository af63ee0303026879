import type { Delivery } from '../../shared/domain/history';

/** Delivery n of a made-up app, one minute after delivery n-1; `over` changes any field. */
export function delivery(n: number, over: Partial<Delivery> = {}): Delivery {
  return {
    id: `job-${n}`,
    dropId: `drop-${n}`,
    finishedAt: new Date(Date.UTC(2026, 11, 1) + n * 60_000).toISOString(),
    service: 'installr',
    account: '',
    accountKey: 'installr http://127.0.0.1:4010 ',
    outcome: 'delivered',
    appId: 'com.example.app',
    appName: 'Example',
    version: '1.0',
    build: String(n),
    platform: 'android',
    sha256: n.toString(16).padStart(64, '0'),
    commit: null,
    fileName: `app-${n}.apk`,
    filePath: `/builds/app-${n}.apk`,
    fileSize: 1000 + n,
    remoteId: String(n),
    headline: `Build ${n}`,
    links: [{ label: 'Open in Installr', url: `https://example.test/${n}` }],
    error: null,
    target: { service: 'installr', releaseNotes: '', notify: [], add: [] },
    profile: null,
    ...over,
  };
}
