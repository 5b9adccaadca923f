import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { takeBackup } from '../../../db/backups/take-backup';
import { backupsFolderOf } from '../../../db/backups/file-names';
import { listBackups } from '../../../db/backups/list';
import { startAppServices, type AppServices } from '../../../electron/app/app-services';
import { allRows, allRowsOfFile, damagePages, demoDatabaseFile, filesIn } from '../../support/backups';
import { migrationsFolder, tempDbFile, tempDir } from '../../support/temp-db';

const opened: AppServices[] = [];
afterEach(() => {
  while (opened.length > 0) opened.pop()?.close();
});

/** On the system clock: the demo data already holds the frozen test clock's ids. */
function services(file = demoDatabaseFile()): AppServices {
  const started = startAppServices({ databaseFile: file, migrationsFolder, version: 'test', runtime: 'web-harness' });
  opened.push(started);
  return started;
}

const integrity = (app: AppServices) => app.database.sqlite.pragma('integrity_check', { simple: true });

/** The committed migrations without the newest one: a database from the previous version of the app. */
function previousVersionMigrations(): string {
  const folder = path.join(tempDir('kh-old-migrations-'), 'migrations');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const newest = journal.entries.pop()!;
  fs.rmSync(path.join(folder, `${newest.tag}.sql`));
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('restoring a backup while the app runs', () => {
  it('puts the backup’s data in place in one step and keeps the data from before as a backup of its own', async () => {
    const app = services();
    const backup = app.backups.create('manual');
    const backupRows = allRowsOfFile(backup.file);
    app.repos.settings.setUserName('Anna');
    app.repos.units.create('Enhet som kom till efter kopian');
    const rowsBefore = allRows(app.database.sqlite);

    const result = await app.dispatcher.invoke('backups:restore', { id: backup.id });

    expect(result).toMatchObject({ ok: true, value: { restored: { id: backup.id, kind: 'manual' }, safetyCopy: { kind: 'before-restore' } } });
    expect(allRows(app.database.sqlite)).toBe(backupRows);
    expect(integrity(app)).toBe('ok');
    expect(app.repos.units.list().map((unit) => unit.name)).not.toContain('Enhet som kom till efter kopian');
    const safetyCopy = listBackups(app.database.file).find((entry) => entry.kind === 'before-restore')!;
    expect(allRowsOfFile(safetyCopy.file)).toBe(rowsBefore);

    // The copy from before the restore can itself be restored: the step is undone.
    expect(await app.dispatcher.invoke('backups:restore', { id: safetyCopy.id })).toMatchObject({ ok: true });
    expect(allRows(app.database.sqlite)).toBe(rowsBefore);
    expect(integrity(app)).toBe('ok');
  });

  it('survives a reopen: the restored data is what is on disk', async () => {
    const app = services();
    const backup = app.backups.create('manual');
    app.repos.units.create('Borta efter återställningen');
    await app.backups.restore(backup.id);
    app.close();
    opened.pop();
    const reopened = services(app.database.file);
    expect(allRows(reopened.database.sqlite)).toBe(allRowsOfFile(backup.file));
    expect(integrity(reopened)).toBe('ok');
  });

  it('brings a backup from the previous version up to date', async () => {
    const file = tempDbFile();
    const old = openDatabase(file, { migrationsFolder: previousVersionMigrations() });
    old.sqlite.prepare("INSERT INTO units (id, name, created_at, updated_at) VALUES ('u-gammal', 'Enhet från förra versionen', 'x', 'x')").run();
    const backup = takeBackup(old.sqlite, file, 'daily', new Date('2026-03-30T08:00:00.000Z'));
    old.close();
    const app = services(file);
    app.repos.units.create('Enhet från den nya versionen');

    await app.backups.restore(backup.id);

    expect(app.repos.units.list().map((unit) => unit.name)).toEqual(['Enhet från förra versionen']);
    expect(allRows(app.database.sqlite)).toContain('"__drizzle_migrations"');
    expect(integrity(app)).toBe('ok');
    app.repos.units.create('Ny enhet efter återställningen');
    expect(app.repos.units.list()).toHaveLength(2);
  });

  it('refuses a backup from a newer version of the app and changes nothing', async () => {
    const app = services(tempDbFile());
    app.repos.units.create('Enhet A');
    const backup = app.backups.create('manual');
    const future = new (await import('better-sqlite3')).default(backup.file);
    future.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('framtid', Date.now() + 10 ** 12);
    future.close();
    app.repos.units.create('Enhet B');
    const rows = allRows(app.database.sqlite);
    const files = filesIn(backupsFolderOf(app.database.file));

    const result = await app.dispatcher.invoke('backups:restore', { id: backup.id });

    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/nyare version.*Ingenting har ändrats/) } });
    expect(allRows(app.database.sqlite)).toBe(rows);
    expect(filesIn(backupsFolderOf(app.database.file))).toEqual(files);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const app = services();
    const backup = app.backups.create('manual');
    damagePages(backup.file);
    const rows = allRows(app.database.sqlite);
    const result = await app.dispatcher.invoke('backups:restore', { id: backup.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/är skadad och kan inte återställas/) } });
    expect(allRows(app.database.sqlite)).toBe(rows);
    expect(listBackups(app.database.file)).toHaveLength(1);
  });

  it('finds a backup only by a name in the list: anything else is NOT_FOUND and takes no copy', async () => {
    const app = services(tempDbFile());
    app.backups.create('manual');
    for (const id of ['../kvalitetshjulet.sqlite', 'kvalitetshjulet.sqlite', `${app.database.file}`, 'finns-inte.sqlite']) {
      const result = await app.dispatcher.invoke('backups:restore', { id });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(listBackups(app.database.file)).toHaveLength(1);
  });

  it('lets requests that arrive during a restore wait for it, so they see the restored data', async () => {
    const app = services();
    const backup = app.backups.create('manual');
    const restoring = app.dispatcher.invoke('backups:restore', { id: backup.id });
    const creating = app.dispatcher.invoke('units:create', { name: 'Skapad under återställningen' });
    expect(await restoring).toMatchObject({ ok: true });
    expect(await creating).toMatchObject({ ok: true });
    expect(app.repos.units.list().map((unit) => unit.name)).toContain('Skapad under återställningen');
    expect(integrity(app)).toBe('ok');
  });

  it('runs one restore at a time', async () => {
    const app = services(tempDbFile());
    const backup = app.backups.create('manual');
    const first = app.backups.restore(backup.id);
    await expect(app.backups.restore(backup.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await first;
  });
});

describe('daily and manual copies', () => {
  it('takes one daily copy a day', () => {
    const app = services(tempDbFile());
    const first = app.backups.takeDailyIfDue();
    expect(first?.kind).toBe('daily');
    expect(app.backups.takeDailyIfDue()).toBeNull();
    expect(listBackups(app.database.file).map((entry) => entry.id)).toEqual([first!.id]);
  });

  it('follow the rotation rule after every new copy', () => {
    const app = services(tempDbFile());
    const taken = Array.from({ length: 12 }, () => app.backups.create('manual'));
    expect(app.backups.list().map((entry) => entry.id)).toEqual(taken.slice(2).reverse().map((entry) => entry.id));
  });
});
