import { randomBytes } from 'node:crypto';

/**
 * The Installr account the emulator serves: apps, their builds, account-level teams and
 * the testers invited to each build. Plain data, mutated by the routes.
 */
export type Platform = 'IOS' | 'ANDROID';

/** Where a tester stands on one build, from "invited" to "installed" (or opted out). */
export type TesterStage =
  | 'added' // given access without an email
  | 'invited' // invite email sent, not opened yet
  | 'registered' // accepted the invite and created a tester account
  | 'device' // registered a device (iOS: UDID in the provisioning profile)
  | 'installed'
  | 'unsubscribed';

/** What Installr's team endpoint reports for each stage ({cssClass, label, level}). */
export const STAGE_STATUS: Record<TesterStage, { cssClass: string; label: string; level: number }> =
  {
    added: { cssClass: 'grey', label: 'Not Notified', level: 0 },
    invited: { cssClass: 'yellow', label: 'Invite Sent', level: 0 },
    registered: { cssClass: 'blue', label: 'Invite Accepted', level: 1 },
    device: { cssClass: 'blue', label: 'Device Registered', level: 2 },
    installed: { cssClass: 'green', label: 'Installed', level: 3 },
    unsubscribed: { cssClass: 'red', label: 'Unsubscribed', level: -1 },
  };

export interface Tester {
  id: number;
  email: string;
  /** Token in the tester's registration link. */
  inviteToken: string;
  devices: { name: string; udid: string }[];
}

export interface Build {
  id: number;
  versionNumber: string;
  buildNumber: string;
  dateCreated: string;
  releaseNotes: string;
  /** "1.32 MB", as Installr words it. */
  buildSize: string;
  fileName: string;
  /** Tester id → where that tester stands on this build. */
  team: Map<number, TesterStage>;
  /** Testers who asked for access through the app's public page, awaiting approval. */
  pending: number[];
}

export interface App {
  id: number;
  appId: string;
  title: string;
  platform: Platform;
  /** The anonymous token of `GET /apps/status/{appToken}.json`. */
  appToken: string;
  /** Oldest first; the last one is `latestBuild`. */
  builds: Build[];
  /** PNG from the latest build that had one (served at the app's icon URL). */
  icon?: Buffer;
  events: { createdOn: string; eventDescription: string }[];
}

export interface InstallrAccount {
  /** Who the API token belongs to; Installr names it in event descriptions. */
  userName: string;
  apps: App[];
  testers: Tester[];
  /** Account-level teams: name → tester emails (`notify=QA,devs` on upload). */
  teams: Map<string, string[]>;
  nextId: { app: number; build: number; tester: number };
}

/** ISO 8601 without milliseconds, as in Installr's examples ("2014-02-27T03:00:48Z"). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Installr's size wording: two decimals, no leading zero (".00 MB", "1.32 MB"). */
export function formatBuildSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2).replace(/^0\./, '.')} MB`;
}

/** Lower-case letters and digits, like the tokens in Installr's invite links. */
export function randomToken(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function latestBuild(app: App): Build | undefined {
  return app.builds[app.builds.length - 1];
}

/** A build by its id, or `latest` as the docs allow in team paths. */
export function findBuild(app: App, buildId: string): Build | undefined {
  return buildId === 'latest' ? latestBuild(app) : app.builds.find((b) => String(b.id) === buildId);
}

export function findTester(account: InstallrAccount, email: string): Tester | undefined {
  const wanted = email.toLowerCase();
  return account.testers.find((t) => t.email.toLowerCase() === wanted);
}

/** The tester with this email, created on first invite. */
export function ensureTester(account: InstallrAccount, email: string): Tester {
  const existing = findTester(account, email);
  if (existing) return existing;
  const tester: Tester = {
    id: account.nextId.tester++,
    email,
    inviteToken: randomToken(26),
    devices: [],
  };
  account.testers.push(tester);
  return tester;
}

export function addEvent(app: App, description: string, at = new Date()): void {
  app.events.unshift({ createdOn: isoSeconds(at), eventDescription: description });
}
