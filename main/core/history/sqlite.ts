import { createRequire } from 'node:module';

/**
 * The few SQLite calls the history needs, from whichever engine the runtime has: Node's own
 * `node:sqlite` (Electron's Node and Node ≥ 22.13; nothing to build or rebuild for Electron's
 * ABI) or better-sqlite3 on Node 20 (the CLI and tests). Both write the same file format, so
 * the app and `dropship history` read one store. Parameters are positional (`?`), which both
 * bind the same way.
 */
export type SqlValue = string | number | bigint | null;
export type SqlRow = Record<string, SqlValue>;

export interface SqlStatement {
  run(...params: SqlValue[]): unknown;
  get(...params: SqlValue[]): SqlRow | undefined;
  all(...params: SqlValue[]): SqlRow[];
}

export interface SqlDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  close(): void;
}

type DatabaseConstructor = new (path: string) => SqlDatabase;

export function openDatabase(path: string): SqlDatabase {
  return new (engine())(path);
}

function engine(): DatabaseConstructor {
  const builtin = process.getBuiltinModule?.('node:sqlite') as
    { DatabaseSync: DatabaseConstructor } | undefined;
  if (builtin) return builtin.DatabaseSync;
  return createRequire(import.meta.url)('better-sqlite3') as DatabaseConstructor;
}
