import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const { showErrorBox } = vi.hoisted(() => ({ showErrorBox: vi.fn() }));
vi.mock('electron', () => ({ dialog: { showErrorBox } }));

import { openServicesOrExplain } from '../../electron/main/open-services';
import { migrationsFolder, tempDir } from '../support/temp-db';

const folder = tempDir();
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
const options = (databaseFile: string) => ({
  databaseFile,
  migrationsFolder,
  version: '0.0.0-test',
  runtime: 'electron' as const,
});

describe('opening the services at start', () => {
  it('explains an unreadable database in Swedish and leaves the file untouched', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = path.join(folder, 'trasig.sqlite');
    const content = Buffer.from('det här är ingen SQLite-databas, men användarens fil'.repeat(20));
    fs.writeFileSync(file, content);

    expect(openServicesOrExplain(options(file))).toBeNull();

    expect(showErrorBox).toHaveBeenCalledWith('Databasen kunde inte öppnas', expect.stringContaining(file));
    expect(fs.readFileSync(file).equals(content)).toBe(true);
  });

  it('opens a new database without a dialog', () => {
    showErrorBox.mockClear();
    const services = openServicesOrExplain(options(path.join(folder, 'ny.sqlite')));
    expect(services).not.toBeNull();
    services?.close();
    expect(showErrorBox).not.toHaveBeenCalled();
  });
});
