import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../db/connection';
import { migrationsFolder, tempDbFile, tempDir } from '../support/temp-db';

function copyMigrations(extraSql?: string, extraWhen = Date.now() + 1000): string {
  const folder = path.join(tempDir('kh-migrations-'), 'migrations');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  if (extraSql) {
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '6', when: extraWhen, tag: '9999_extra', breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(folder, '9999_extra.sql'), extraSql);
  }
  return folder;
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const opened = openDatabase(tempDbFile(), { migrationsFolder });
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    opened.close();
  });

  it('creates the schema on a new file without taking a copy', () => {
    const opened = openDatabase(tempDbFile(), { migrationsFolder });
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['units', 'plans']));
    expect(opened.preMigrationBackup).toBeNull();
    opened.close();
  });

  it('takes a copy before a migration runs on a file that holds data', () => {
    const file = tempDbFile();
    const first = openDatabase(file, { migrationsFolder });
    first.sqlite.prepare("INSERT INTO units (id, name, created_at, updated_at) VALUES ('u1', 'Enhet A', 'x', 'x')").run();
    first.close();

    const next = openDatabase(file, { migrationsFolder: copyMigrations('CREATE TABLE extra (id text);') });
    expect(next.preMigrationBackup).not.toBeNull();
    const copy = new Database(next.preMigrationBackup!, { readonly: true });
    expect(copy.prepare('SELECT name FROM units').pluck().all()).toEqual(['Enhet A']);
    copy.close();
    next.close();
  });

  it('rolls a failed migration back, keeps the data and says so in Swedish', () => {
    const file = tempDbFile();
    const first = openDatabase(file, { migrationsFolder });
    first.sqlite.prepare("INSERT INTO units (id, name, created_at, updated_at) VALUES ('u1', 'Enhet A', 'x', 'x')").run();
    first.close();

    const broken = copyMigrations('CREATE TABLE half (id text);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    let error: unknown;
    try {
      openDatabase(file, { migrationsFolder: broken });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/kunde inte uppdateras.*finns kvar/);
    expect((error as Error).message).toMatch(/En kopia av filen/);

    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(check.prepare('SELECT name FROM units').pluck().all()).toEqual(['Enhet A']);
    check.close();
  });

  it('refuses a file written by a newer version of the app and leaves it alone', () => {
    const file = tempDbFile();
    openDatabase(file, { migrationsFolder: copyMigrations('CREATE TABLE future (id text);') }).close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrationsFolder })).toThrow(/nyare version/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('explains in Swedish when the file cannot be opened', () => {
    const folderAsFile = tempDir();
    expect(() => openDatabase(folderAsFile, { migrationsFolder })).toThrow(/kunde inte öppnas/);
  });
});
