import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const { showErrorBox, showMessageBoxSync } = vi.hoisted(() => ({ showErrorBox: vi.fn(), showMessageBoxSync: vi.fn() }));
vi.mock('electron', () => ({ dialog: { showErrorBox, showMessageBoxSync } }));

import { DatabaseDamagedError } from '../../../db/backups/damaged-database';
import { listBackups } from '../../../db/backups/list';
import { openDatabase } from '../../../db/connection';
import { takeBackup } from '../../../db/backups/take-backup';
import { openServicesOrExplain } from '../../../electron/main/open-services';
import { commandLineExplanation, restorePrompt } from '../../../electron/services/backups/recovery';
import { allRows, damagePages, demoDatabaseFile, filesIn } from '../../support/backups';
import { migrationsFolder } from '../../support/temp-db';

const options = (databaseFile: string) => ({ databaseFile, migrationsFolder, version: '0.0.0-test', runtime: 'electron' as const });

/** A damaged demo database whose manual backup of 31 March is whole. */
function damagedWithBackup() {
  const file = demoDatabaseFile();
  const database = openDatabase(file, { migrationsFolder });
  const backup = takeBackup(database.sqlite, file, 'manual', new Date('2026-03-31T08:00:00.000Z'));
  const rows = allRows(database.sqlite);
  database.close();
  damagePages(file);
  return { file, backup, rows, damaged: fs.readFileSync(file) };
}

afterEach(() => {
  showErrorBox.mockReset();
  showMessageBoxSync.mockReset();
});

describe('a damaged database when the desktop app starts', () => {
  it('offers the newest whole backup; restoring moves the damaged file aside and opens the app on the backup', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { file, backup, rows, damaged } = damagedWithBackup();
    showMessageBoxSync.mockReturnValueOnce(0).mockReturnValueOnce(0);

    const services = openServicesOrExplain(options(file));

    expect(services).not.toBeNull();
    expect(showMessageBoxSync.mock.calls[0]?.[0]).toMatchObject({
      type: 'warning',
      title: 'Databasen är skadad',
      buttons: ['Återställ säkerhetskopian', 'Avsluta utan att ändra något'],
      cancelId: 1,
      detail: expect.stringContaining('Den senaste hela säkerhetskopian är från 31 mars 2026'),
    });
    expect(allRows(services!.database.sqlite)).toBe(rows);
    expect(services!.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const aside = filesIn(path.dirname(file)).filter((name) => name.includes('.skadad-') && !/-(wal|shm)$/.test(name));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(file), aside[0]!)).equals(damaged)).toBe(true);
    expect(showMessageBoxSync.mock.calls[1]?.[0]).toMatchObject({ title: 'Säkerhetskopian är återställd', detail: expect.stringContaining(aside[0]!) });
    expect(listBackups(file).map((entry) => entry.id)).toContain(backup.id);
    services!.close();
  });

  it('changes nothing and ends when the user says no', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { file, damaged } = damagedWithBackup();
    const before = filesIn(path.dirname(file));
    showMessageBoxSync.mockReturnValueOnce(1);

    expect(openServicesOrExplain(options(file))).toBeNull();

    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(filesIn(path.dirname(file))).toEqual(before);
    expect(showErrorBox).not.toHaveBeenCalled();
  });

  it('explains without a choice when no whole backup exists', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { file, backup, damaged } = damagedWithBackup();
    damagePages(backup.file);

    expect(openServicesOrExplain(options(file))).toBeNull();

    expect(showMessageBoxSync).not.toHaveBeenCalled();
    expect(showErrorBox).toHaveBeenCalledWith('Databasen kunde inte öppnas', expect.stringMatching(/är skadad.*ingen hel säkerhetskopia/));
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  });
});

describe('the recovery texts', () => {
  const error = new DatabaseDamagedError('/data/kvalitetshjulet.sqlite', ['database disk image is malformed'], {
    id: 'kvalitetshjulet.sqlite.daglig-2026-03-31T08-00-00-000Z.sqlite',
    file: '/data/backups/kvalitetshjulet.sqlite.daglig-2026-03-31T08-00-00-000Z.sqlite',
    kind: 'daily',
    takenAt: '2026-03-31T08:00:00.000Z',
    sizeBytes: 1000,
  });

  it('give the command line and the web harness the command that restores', () => {
    expect(commandLineExplanation(error)).toBe(
      `${error.message}\n\nÅterställ den med kommandot:\n  npm run cli -- backup restore --db "/data/kvalitetshjulet.sqlite" kvalitetshjulet.sqlite.daglig-2026-03-31T08-00-00-000Z.sqlite`,
    );
    const plain = new DatabaseDamagedError('/data/x.sqlite', ['file is not a database'], null);
    expect(commandLineExplanation(plain)).toBe(plain.message);
  });

  it('put the restore first in the desktop dialog, with quitting as the cancel choice', () => {
    expect(restorePrompt(error)).toMatchObject({ defaultId: 0, cancelId: 1, detail: error.message });
  });
});
