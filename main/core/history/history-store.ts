import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { BuildProfileSchema } from '../../../shared/domain/build-diff';
import {
  DeliverySchema,
  HistoryFilterSchema,
  type Delivery,
  type HistoryFilter,
  type HistoryPage,
} from '../../../shared/domain/history';
import { openDatabase, type SqlDatabase, type SqlRow, type SqlValue } from './sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS deliveries (
  id TEXT PRIMARY KEY,
  drop_id TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  finished_ms INTEGER NOT NULL,
  service TEXT NOT NULL,
  account TEXT NOT NULL,
  account_key TEXT NOT NULL,
  outcome TEXT NOT NULL,
  app_id TEXT, app_name TEXT, version TEXT, build TEXT, platform TEXT,
  sha256 TEXT, git_commit TEXT,
  file_name TEXT NOT NULL, file_path TEXT NOT NULL, file_size INTEGER NOT NULL,
  remote_id TEXT, headline TEXT, links TEXT NOT NULL, error TEXT,
  target TEXT, profile TEXT
);
CREATE INDEX IF NOT EXISTS deliveries_by_time ON deliveries(finished_ms DESC);
CREATE INDEX IF NOT EXISTS deliveries_by_app ON deliveries(app_id, finished_ms DESC);
CREATE INDEX IF NOT EXISTS deliveries_by_service ON deliveries(service, finished_ms DESC);
CREATE INDEX IF NOT EXISTS deliveries_by_version ON deliveries(version, finished_ms DESC);
CREATE INDEX IF NOT EXISTS deliveries_by_account ON deliveries(account, outcome, finished_ms DESC);
CREATE INDEX IF NOT EXISTS deliveries_by_sha ON deliveries(sha256, account_key, finished_ms);
-- A few hundred apps, not 100,000 deliveries: a part-of-name search looks here first.
CREATE TABLE IF NOT EXISTS apps (app_id TEXT PRIMARY KEY, app_name TEXT) WITHOUT ROWID;
`;

/**
 * Every delivery Dropship made, in SQLite (WAL, synchronous=FULL): a crash mid-write loses at
 * most the delivery being written, never the file. Searching 100,000 deliveries uses the
 * indexes above; only a part-of-name app search scans, and that stays within milliseconds.
 */
export class HistoryStore {
  readonly #db: SqlDatabase;
  /** Set when an unreadable file was moved aside and a new history started. */
  readonly recoveredFrom: string | undefined;

  constructor(dataDir: string) {
    // On a first launch the app's data folder does not exist yet.
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'history.sqlite');
    let recovered: string | undefined;
    let db: SqlDatabase;
    try {
      db = open(path);
    } catch (err) {
      if (!/not a database|malformed|corrupt/i.test((err as Error).message)) throw err;
      recovered = `${path}.unreadable-${Date.now()}`;
      renameSync(path, recovered);
      db = open(path);
    }
    this.#db = db;
    this.recoveredFrom = recovered;
  }

  record(delivery: Delivery): void {
    this.recordMany([delivery]);
  }

  /** Several deliveries in one transaction: one disk sync, all or none (imports, the bench). */
  recordMany(deliveries: Delivery[]): void {
    const insert = this.#db.prepare(
      `INSERT OR REPLACE INTO deliveries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    const app = this.#db.prepare(`INSERT OR REPLACE INTO apps VALUES (?, ?)`);
    this.#db.exec('BEGIN');
    try {
      for (const delivery of deliveries) {
        const d = DeliverySchema.parse(delivery);
        insert.run(...columns(d));
        if (d.appId) app.run(d.appId, d.appName);
      }
      this.#db.exec('COMMIT');
    } catch (err) {
      this.#db.exec('ROLLBACK');
      throw err;
    }
  }

  search(input: HistoryFilter = {}): HistoryPage {
    const filter = HistoryFilterSchema.parse(input);
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (clause: string, ...values: SqlValue[]): void => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.app) {
      const like = `%${filter.app.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      add(
        `app_id IN (SELECT app_id FROM apps WHERE app_id LIKE ? ESCAPE '\\' OR app_name LIKE ? ESCAPE '\\')`,
        like,
        like,
      );
    }
    if (filter.version) add('version = ?', filter.version);
    if (filter.service) add('service = ?', filter.service);
    if (filter.account !== undefined) add('account = ?', filter.account);
    if (filter.outcome) add('outcome = ?', filter.outcome);
    if (filter.from) add('finished_ms >= ?', dayStart(filter.from));
    if (filter.to) add('finished_ms <= ?', dayEnd(filter.to));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number(
      this.#db.prepare(`SELECT COUNT(*) AS n FROM deliveries ${clause}`).get(...params)?.n ?? 0,
    );
    const rows = this.#db
      .prepare(`SELECT * FROM deliveries ${clause} ORDER BY finished_ms DESC, id LIMIT ? OFFSET ?`)
      .all(...params, filter.limit, filter.offset);
    return { total, deliveries: rows.map(toDelivery) };
  }

  /** The first time these exact bytes reached this account, if they did. */
  deliveredBefore(sha256: string, accountKey: string): Delivery | undefined {
    const row = this.#db
      .prepare(
        `SELECT * FROM deliveries WHERE sha256 = ? AND account_key = ? AND outcome = 'delivered'
         ORDER BY finished_ms LIMIT 1`,
      )
      .get(sha256, accountKey);
    return row ? toDelivery(row) : undefined;
  }

  /** The git commit of the newest delivered build of an app made from a known commit. */
  lastCommit(appId: string): string | undefined {
    const row = this.#db
      .prepare(
        `SELECT git_commit FROM deliveries WHERE app_id = ? AND outcome = 'delivered'
         AND git_commit IS NOT NULL ORDER BY finished_ms DESC LIMIT 1`,
      )
      .get(appId);
    return row ? String(row.git_commit) : undefined;
  }

  /** The newest delivered build of an app that Dropship could read, to diff the next one against. */
  lastDelivered(appId: string): Delivery | undefined {
    const row = this.#db
      .prepare(
        `SELECT * FROM deliveries WHERE app_id = ? AND outcome = 'delivered' AND profile IS NOT NULL
         ORDER BY finished_ms DESC LIMIT 1`,
      )
      .get(appId);
    return row ? toDelivery(row) : undefined;
  }

  /** The apps and accounts the history knows, for the filters' choices. */
  facets(): { apps: { id: string; name: string | null }[]; accounts: string[] } {
    const apps = this.#db
      .prepare('SELECT app_id, app_name FROM apps ORDER BY app_name, app_id')
      .all();
    const accounts = this.#db
      .prepare('SELECT DISTINCT account FROM deliveries ORDER BY account')
      .all();
    return {
      apps: apps.map((row) => ({
        id: String(row.app_id),
        name: row.app_name === null ? null : String(row.app_name),
      })),
      accounts: accounts.map((row) => String(row.account)),
    };
  }

  close(): void {
    this.#db.close();
  }
}

function columns(d: Delivery): SqlValue[] {
  return [
    d.id,
    d.dropId,
    d.finishedAt,
    Date.parse(d.finishedAt),
    d.service,
    d.account,
    d.accountKey,
    d.outcome,
    d.appId,
    d.appName,
    d.version,
    d.build,
    d.platform,
    d.sha256,
    d.commit,
    d.fileName,
    d.filePath,
    d.fileSize,
    d.remoteId,
    d.headline,
    JSON.stringify(d.links),
    d.error,
    d.target === null ? null : JSON.stringify(d.target),
    d.profile === null ? null : JSON.stringify(d.profile),
  ];
}

function open(path: string): SqlDatabase {
  const db = openDatabase(path);
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    db.exec(SCHEMA);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function toDelivery(row: SqlRow): Delivery {
  const text = (key: string): string | null => (row[key] === null ? null : String(row[key]));
  const json = (key: string): unknown => (row[key] === null ? null : JSON.parse(String(row[key])));
  return DeliverySchema.parse({
    id: text('id'),
    dropId: text('drop_id'),
    finishedAt: text('finished_at'),
    service: text('service'),
    account: text('account'),
    accountKey: text('account_key'),
    outcome: text('outcome'),
    appId: text('app_id'),
    appName: text('app_name'),
    version: text('version'),
    build: text('build'),
    platform: text('platform'),
    sha256: text('sha256'),
    commit: text('git_commit'),
    fileName: text('file_name'),
    filePath: text('file_path'),
    fileSize: Number(row.file_size),
    remoteId: text('remote_id'),
    headline: text('headline'),
    links: json('links'),
    error: text('error'),
    target: json('target'),
    profile: row.profile === null ? null : BuildProfileSchema.parse(json('profile')),
  });
}

/** A date alone ("2026-12-03") means that whole day; a date-time means that instant. */
function dayStart(value: string): number {
  return Date.parse(value);
}

function dayEnd(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayStart(value) + 86_400_000 - 1 : dayStart(value);
}
