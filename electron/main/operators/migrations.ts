import type { Migration } from '../db/database'

/**
 * Operator accounts. The secret column holds only an scrypt hash with its own salt and parameters
 * (see password-hash.ts); user names are stored lower-case so 'Anna' and 'anna' are one account.
 */
export const operatorMigrations: Migration[] = [
  {
    id: 'operators-001-create',
    up: (db) =>
      db.exec(`
      CREATE TABLE operators (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('receptionist','guard','supervisor','administrator')),
        secret_kind TEXT NOT NULL CHECK (secret_kind IN ('password','pin')),
        secret_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_sign_in_at TEXT
      );`),
  },
]
