import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_FOLDER } from '../../../shared/sync/file-format';
import { checklistPlan, runWith } from '../../support/checklist-fixture';
import { tempDir } from '../../support/temp-db';
import { openLaptop, type Laptop } from './sync-laptops';

const opened: Laptop[] = [];
const laptop = (name: string, folder: string | null) => {
  const made = openLaptop(name, folder);
  opened.push(made);
  return made;
};
afterEach(() => {
  for (const made of opened.splice(0)) made.close();
});

const changeLog = (device: Laptop) => ({ marks: device.count('sync_dirty'), registers: device.count('sync_registers') });

describe('the change log of sync', () => {
  it('holds nothing without a shared folder, sends everything as one snapshot at the first sync, and does not grow with the rounds', async () => {
    const anna = laptop('Anna', null);
    const { templateId } = checklistPlan(anna.repos);
    const cases = Array.from({ length: 150 }, (_, index) => ['yes', index % 40, index % 20, `Notering ${index}`]);
    const { caseIds, items } = runWith(anna.repos, templateId, '2026-03-10', cases);
    expect(anna.count('answers')).toBe(600);
    await anna.sync.syncNow();
    expect(changeLog(anna)).toEqual({ marks: 0, registers: 0 });
    expect(anna.sync.status().pending).toBe(0);

    const folder = tempDir('kh-sync-bounded-');
    anna.repos.settings.setSharedFolder(folder);
    expect(anna.sync.status().pending).toBeGreaterThan(600);
    const first = await anna.sync.syncNow();
    expect(first).toMatchObject({ state: 'ready', pending: 0, problem: null });
    const annaFiles = fs.readdirSync(path.join(folder, SYNC_FOLDER, anna.repos.settings.read('sync.deviceId')!));
    expect(annaFiles).toEqual([expect.stringMatching(/^snapshot-.*\.json\.gz$/)]);

    const bo = laptop('Bo', folder);
    await bo.sync.syncNow();
    expect(bo.count('answers')).toBe(600);
    expect(bo.data()).toEqual(anna.data());

    const logs: Array<{ anna: ReturnType<typeof changeLog>; bo: ReturnType<typeof changeLog> }> = [];
    for (let round = 0; round < 6; round++) {
      const caseId = caseIds[round % 3]!;
      anna.repos.checklists.answers.answer(caseId, items[0]!.id, round % 2 === 0 ? 'no' : 'yes');
      bo.repos.checklists.answers.answer(caseIds[3 + (round % 3)]!, items[3]!.id, `Bo, omgång ${round}`);
      await anna.sync.syncNow();
      await bo.sync.syncNow();
      await anna.sync.syncNow();
      logs.push({ anna: changeLog(anna), bo: changeLog(bo) });
    }
    expect(bo.data()).toEqual(anna.data());
    for (const log of logs) {
      expect(log.anna.marks).toBe(0);
      expect(log.bo.marks).toBe(0);
      expect(log).toEqual(logs[0]);
    }
  });
});
