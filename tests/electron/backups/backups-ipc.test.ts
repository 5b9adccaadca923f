import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testServices } from '../../support/services';

const services = testServices();
afterAll(() => services.close());

describe('the backups channels', () => {
  it('backups:list shows the folder and no backups on a new database', async () => {
    expect(await services.dispatcher.invoke('backups:list', {})).toEqual({
      ok: true,
      value: { folder: path.join(path.dirname(services.database.file), 'backups'), backups: [] },
    });
  });

  it('backups:create takes a manual copy, which backups:list then shows without its path', async () => {
    const created = await services.dispatcher.invoke('backups:create', {});
    expect(created).toMatchObject({ ok: true, value: { kind: 'manual', id: expect.stringMatching(/^kvalitetshjulet\.sqlite\.manuell-.*\.sqlite$/) } });
    const listed = await services.dispatcher.invoke('backups:list', {});
    expect(listed.ok && listed.value).toMatchObject({ backups: [created.ok && created.value] });
    expect(JSON.stringify(listed)).not.toContain(path.join('backups', 'kvalitetshjulet'));
  });

  it('backups:restore asks for a backup, by key and in Swedish, when none is named', async () => {
    expect(await services.dispatcher.invoke('backups:restore', { id: '' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation.backupMissing', params: { field: 'id', minimum: 1 }, message: 'Välj en säkerhetskopia i listan.' },
    });
  });
});
