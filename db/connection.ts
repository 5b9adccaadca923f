import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../shared/errors';
import * as schema from './schema';
import { pendingMigrations } from './migrations-status';

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
  file: string;
  sqlite: Database.Database;
  db: AppDatabase;
  /** The copy taken before this start's migrations, if any ran. */
  preMigrationBackup: string | null;
  close(): void;
}

export interface OpenOptions {
  migrationsFolder: string;
  now?: () => Date;
}

export class DatabaseOpenError extends AppError {
  constructor(message: string) {
    super('INTERNAL', message);
    this.name = 'DatabaseOpenError';
  }
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

function backupPath(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(path.dirname(file), 'backups', `${path.basename(file)}.fore-migrering-${stamp}.sqlite`);
}

/**
 * Opens the one database of this process. A copy is taken before any migration,
 * and a failed migration is rolled back and reported: the user's file is never
 * deleted or "repaired".
 */
export function openDatabase(file: string, options: OpenOptions): OpenDatabase {
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    applyPragmas(sqlite);
  } catch (error) {
    throw new DatabaseOpenError(
      `Databasfilen ${file} kunde inte öppnas (${(error as Error).message}). ` +
        'Kontrollera att filen finns på en lokal disk och att du har behörighet till den.',
    );
  }

  let preMigrationBackup: string | null = null;
  try {
    const status = pendingMigrations(sqlite, options.migrationsFolder);
    if (status.newerThanApp) {
      throw new DatabaseOpenError(
        `Databasen ${file} har skapats av en nyare version av Kvalitetshjulet. ` +
          'Uppdatera programmet innan du öppnar den. Inget har ändrats i filen.',
      );
    }
    if (status.pending > 0 && status.hasUserData) {
      preMigrationBackup = backupPath(file, now());
      fs.mkdirSync(path.dirname(preMigrationBackup), { recursive: true });
      sqlite.prepare('VACUUM INTO ?').run(preMigrationBackup);
    }
    const db = drizzle(sqlite, { schema });
    if (status.pending > 0) migrate(db, { migrationsFolder: options.migrationsFolder });
    return { file, sqlite, db, preMigrationBackup, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseOpenError) throw error;
    const copy = preMigrationBackup ? ` En kopia av filen från före uppdateringen finns i ${preMigrationBackup}.` : '';
    throw new DatabaseOpenError(
      `Databasen ${file} kunde inte uppdateras till den här versionen av Kvalitetshjulet. ` +
        `Ändringen har ångrats och dina uppgifter finns kvar som de var.${copy} ` +
        `Kontakta IT-stödet och uppge felet: ${(error as Error).message}`,
    );
  }
}
