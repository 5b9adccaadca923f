import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError } from '../../../db/backups/damaged-database';
import { backupFileName, backupsFolderOf } from '../../../db/backups/file-names';
import { listBackups } from '../../../db/backups/list';
import { newestWholeBackup, replaceDamagedDatabase } from '../../../db/backups/replace-damaged';
import { takeBackup } from '../../../db/backups/take-backup';
import { openDatabase } from '../../../db/connection';
import { allRows, allRowsOfFile, damagePages, demoDatabaseFile, filesIn } from '../../support/backups';
import { migrationsFolder } from '../../support/temp-db';

/** A demo database with one manual backup of 31 March 2026, closed again. */
function databaseWithBackup() {
  const file = demoDatabaseFile();
  const database = openDatabase(file, { migrationsFolder });
  const backup = takeBackup(database.sqlite, file, 'manual', new Date('2026-03-31T08:00:00.000Z'));
  const rows = allRows(database.sqlite);
  database.close();
  return { file, backup, rows };
}

function openError(file: string): DatabaseDamagedError {
  try {
    openDatabase(file, { migrationsFolder }).close();
  } catch (error) {
    if (error instanceof DatabaseDamagedError) return error;
    throw error;
  }
  throw new Error('the database opened');
}

describe('a damaged database at start', () => {
  it('is found by quick_check, explained in Swedish with the newest whole backup, and left untouched', () => {
    const { file, backup } = databaseWithBackup();
    damagePages(file);
    const damaged = fs.readFileSync(file);

    const error = openError(file);

    expect(error.backup?.id).toBe(backup.id);
    expect(error.message).toContain(`Databasfilen ${file} är skadad och kan inte användas`);
    expect(error.message).toContain('Den senaste hela säkerhetskopian är från 31 mars 2026');
    expect(error.message).toContain('den skadade filen flyttas då åt sidan');
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(listBackups(file).map((entry) => entry.id)).toEqual([backup.id]);
  });

  it('is found when the file is not a database at all', () => {
    const { file } = databaseWithBackup();
    fs.writeFileSync(file, Buffer.from('inte en databas '.repeat(500)));
    expect(openError(file).findings).toEqual(['file is not a database']);
  });

  it('says so when there is no whole backup to offer, and keeps the file', () => {
    const { file, backup } = databaseWithBackup();
    damagePages(backup.file);
    damagePages(file);
    const error = openError(file);
    expect(error.backup).toBeNull();
    expect(error.message).toMatch(/Det finns ingen hel säkerhetskopia att återställa.*Filen har inte ändrats/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('skips a newer backup that is itself damaged', () => {
    const { file, backup } = databaseWithBackup();
    const folder = backupsFolderOf(file);
    const newer = path.join(folder, backupFileName(file, 'daily', new Date('2026-04-01T08:00:00.000Z')));
    fs.copyFileSync(backup.file, newer);
    damagePages(newer);
    expect(newestWholeBackup(file)?.id).toBe(backup.id);
  });
});

describe('replacing a damaged database with a backup', () => {
  it('moves the damaged file and its journal aside, never deleting them, and the backup opens in its place', () => {
    const { file, backup, rows } = databaseWithBackup();
    damagePages(file);
    fs.writeFileSync(`${file}-wal`, 'en gammal journal');
    const damaged = fs.readFileSync(file);

    const { asideFile } = replaceDamagedDatabase(file, backup, new Date('2026-04-02T09:00:00.000Z'));

    expect(asideFile).toBe(`${file}.skadad-2026-04-02T09-00-00-000Z`);
    expect(fs.readFileSync(asideFile).equals(damaged)).toBe(true);
    expect(fs.readFileSync(`${asideFile}-wal`, 'utf8')).toBe('en gammal journal');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(filesIn(path.dirname(file)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    const reopened = openDatabase(file, { migrationsFolder });
    expect(allRows(reopened.sqlite)).toBe(rows);
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    expect(allRowsOfFile(backup.file)).toBe(rows);
  });

  it('refuses a backup that is damaged too, and changes nothing', () => {
    const { file, backup } = databaseWithBackup();
    damagePages(file);
    damagePages(backup.file);
    const before = filesIn(path.dirname(file));
    expect(() => replaceDamagedDatabase(file, backup, new Date())).toThrow(/också skadad.*Ingenting har ändrats/);
    expect(filesIn(path.dirname(file))).toEqual(before);
  });
});
