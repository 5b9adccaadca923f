import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupsFolderOf, parseBackupFileName } from '../../../db/backups/file-names';
import { listBackups } from '../../../db/backups/list';
import { takeBackup } from '../../../db/backups/take-backup';
import { checkDatabaseFile } from '../../../db/backups/verify';
import { openDatabase } from '../../../db/connection';
import { allRows, allRowsOfFile, filesIn } from '../../support/backups';
import { migrationsFolder, tempDbFile } from '../../support/temp-db';

function databaseWithUnit() {
  const database = openDatabase(tempDbFile(), { migrationsFolder });
  database.sqlite.prepare("INSERT INTO units (id, name, created_at, updated_at) VALUES ('u1', 'Enhet A', 'x', 'x')").run();
  return database;
}

describe('backup file names', () => {
  const db = '/data/kvalitetshjulet.sqlite';

  it('carry the kind and the instant, and read back the same', () => {
    const name = backupFileName(db, 'daily', new Date('2026-03-31T08:15:30.250Z'));
    expect(name).toBe('kvalitetshjulet.sqlite.daglig-2026-03-31T08-15-30-250Z.sqlite');
    expect(parseBackupFileName(db, name)).toEqual({ kind: 'daily', takenAt: '2026-03-31T08:15:30.250Z' });
    for (const kind of ['manual', 'before-restore', 'before-migration'] as const) {
      expect(parseBackupFileName(db, backupFileName(db, kind, new Date('2026-01-02T03:04:05.006Z')))?.kind).toBe(kind);
    }
  });

  it('are not confused with a half-written copy, another database’s copy or an impossible date', () => {
    expect(parseBackupFileName(db, 'kvalitetshjulet.sqlite.daglig-2026-03-31T08-15-30-250Z.sqlite.partial')).toBeNull();
    expect(parseBackupFileName(db, 'web.sqlite.daglig-2026-03-31T08-15-30-250Z.sqlite')).toBeNull();
    expect(parseBackupFileName(db, 'kvalitetshjulet.sqlite.daglig-2026-02-30T08-15-30-250Z.sqlite')).toBeNull();
    expect(parseBackupFileName(db, 'kvalitetshjulet.sqlite.veckovis-2026-03-31T08-15-30-250Z.sqlite')).toBeNull();
  });
});

describe('taking a backup', () => {
  it('writes a whole, checked copy under its final name and lists it', () => {
    const database = databaseWithUnit();
    const backup = takeBackup(database.sqlite, database.file, 'manual', new Date('2026-03-31T08:00:00.000Z'));

    expect(backup.file).toBe(path.join(backupsFolderOf(database.file), 'kvalitetshjulet.sqlite.manuell-2026-03-31T08-00-00-000Z.sqlite'));
    expect(checkDatabaseFile(backup.file)).toEqual([]);
    expect(allRowsOfFile(backup.file)).toBe(allRows(database.sqlite));
    expect(filesIn(backupsFolderOf(database.file))).toEqual([backup.id]);
    expect(listBackups(database.file)).toEqual([backup]);
    expect(backup.sizeBytes).toBe(fs.statSync(backup.file).size);
    database.close();
  });

  it('never lists a copy that was cut short while being written', () => {
    const database = databaseWithUnit();
    const folder = backupsFolderOf(database.file);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, `${backupFileName(database.file, 'daily', new Date('2026-03-30T08:00:00.000Z'))}.partial`), 'halv');
    const backup = takeBackup(database.sqlite, database.file, 'daily', new Date('2026-03-31T08:00:00.000Z'));
    expect(listBackups(database.file).map((entry) => entry.id)).toEqual([backup.id]);
    database.close();
  });

  it('lists the newest first', () => {
    const database = databaseWithUnit();
    const older = takeBackup(database.sqlite, database.file, 'daily', new Date('2026-03-30T08:00:00.000Z'));
    const newer = takeBackup(database.sqlite, database.file, 'manual', new Date('2026-03-31T08:00:00.000Z'));
    expect(listBackups(database.file).map((entry) => entry.id)).toEqual([newer.id, older.id]);
    database.close();
  });

  it('says in Swedish when the copy cannot be written, and leaves no file behind', () => {
    const database = databaseWithUnit();
    // A file where the folder should be: nothing can be written there.
    fs.writeFileSync(backupsFolderOf(database.file), 'ingen mapp');
    expect(() => takeBackup(database.sqlite, database.file, 'manual', new Date())).toThrow(/Säkerhetskopian kunde inte sparas.*Databasen är oförändrad/);
    expect(filesIn(path.dirname(database.file))).toEqual(['backups', 'kvalitetshjulet.sqlite', 'kvalitetshjulet.sqlite-shm', 'kvalitetshjulet.sqlite-wal']);
    database.close();
  });
});
