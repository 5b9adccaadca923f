import { describe, expect, it } from 'vitest';
import { syncedTableNames, syncedTables } from '../../../shared/sync/tables';
import { smallPlan } from '../../support/plan-fixture';
import { openDevice } from './sync-devices';

describe('what the database tells sync', () => {
  it('has a synced field for every column of every synced table, so a new column cannot go unsynced unnoticed', () => {
    const device = openDevice('Anna');
    try {
      for (const table of syncedTableNames) {
        const columns = (device.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
        const local = table === 'units' ? ['origin'] : [];
        expect([...columns].sort(), table).toEqual([...syncedTables[table].columns, ...local].sort());
      }
    } finally {
      device.close();
    }
  });

  it('marks every insert, update and delete once the device syncs, cascades included, but not what a sync round writes', () => {
    const device = openDevice('Anna');
    try {
      const marked = () => device.sqlite.prepare('SELECT tbl, row_key AS rowKey FROM sync_dirty ORDER BY tbl, row_key').all();
      device.repos.units.create('Vuxen');
      expect(marked()).toEqual([]);
      device.sync.capture();
      const { plan, risk } = smallPlan(device.repos);
      expect(marked()).toEqual(expect.arrayContaining([{ tbl: 'plans', rowKey: plan.id }, { tbl: 'risks', rowKey: risk }]));
      device.sync.capture();
      expect(marked()).toEqual([]);
      device.repos.risks.remove(risk, 'Anna');
      const afterDelete = marked() as { tbl: string }[];
      expect(afterDelete.map((row) => row.tbl)).toEqual(expect.arrayContaining(['risks', 'controls', 'actions', 'risk_quality_areas']));
      device.sync.capture();
      device.sqlite.prepare('INSERT INTO sync_applying (id) VALUES (1)').run();
      device.repos.plans.rename(plan.id, 'Skrivet av synkroniseringen', 'Anna');
      device.sqlite.prepare('DELETE FROM sync_applying').run();
      expect(marked()).toEqual([]);
    } finally {
      device.close();
    }
  });

  it('keeps the rows of an imported unit out of the registers', () => {
    const device = openDevice('Anna');
    try {
      const { unit } = smallPlan(device.repos);
      device.sqlite.prepare("UPDATE units SET origin = 'imported' WHERE id = ?").run(unit.id);
      device.sync.capture();
      expect(device.sqlite.prepare('SELECT COUNT(*) AS n FROM sync_registers').get()).toEqual({ n: 0 });
      expect(device.sync.unsent()).toEqual([]);
    } finally {
      device.close();
    }
  });
});
