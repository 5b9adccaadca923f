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

const filesOf = (folder: string, device?: string) => {
  const root = path.join(folder, SYNC_FOLDER);
  const devices = device ? [device] : fs.readdirSync(root);
  return devices.flatMap((name) => fs.readdirSync(path.join(root, name)).map((file) => path.join(root, name, file)));
};

describe('sync through the shared folder', () => {
  it('brings a plan with its checklist runs to a laptop that joins, then each change after it', async () => {
    const folder = tempDir('kh-sync-');
    const anna = laptop('Anna', folder);
    const { templateId, plan } = checklistPlan(anna.repos);
    runWith(anna.repos, templateId, '2026-03-10', [['yes', 3, 10, 'x'], ['no', 20, 30, undefined]]);
    const first = await anna.sync.syncNow();
    expect(first).toMatchObject({ state: 'ready', pending: 0, problem: null, warnings: [] });
    expect(first.lastRound!.sent).toBeGreaterThan(0);
    expect(filesOf(folder).map((file) => path.basename(file))).toEqual([expect.stringMatching(/^snapshot-.*\.json\.gz$/)]);

    const bo = laptop('Bo', folder);
    const joined = await bo.sync.syncNow();
    expect(joined.lastRound).toMatchObject({ from: ['Anna'] });
    expect(bo.data()).toEqual(anna.data());

    anna.repos.plans.rename(plan.id, 'Kvalitetsplan 2026, reviderad', 'Anna');
    expect(anna.sync.status().pending).toBeGreaterThan(0);
    await anna.sync.syncNow();
    await bo.sync.syncNow();
    expect(bo.repos.plans.get(plan.id).title).toBe('Kvalitetsplan 2026, reviderad');
    expect(bo.data()).toEqual(anna.data());
  });

  it('passes over a damaged, a foreign and a future file with a warning each, and mends the damaged one', async () => {
    const folder = tempDir('kh-sync-');
    const anna = laptop('Anna', folder);
    const bo = laptop('Bo', folder);
    const cecilia = laptop('Cecilia', folder);
    const { plan } = checklistPlan(anna.repos);
    await anna.sync.syncNow();
    await bo.sync.syncNow();
    await cecilia.sync.syncNow();
    anna.repos.plans.rename(plan.id, 'Annas ändring', 'Anna');
    await anna.sync.syncNow();
    const annaDevice = anna.repos.settings.read('sync.deviceId')!;
    const change = filesOf(folder, annaDevice).filter((file) => file.includes('changes-')).sort().at(-1)!;
    const bytes = fs.readFileSync(change);
    fs.writeFileSync(change, bytes.subarray(0, bytes.length - 20));
    fs.writeFileSync(path.join(folder, SYNC_FOLDER, 'anteckningar.txt'), 'inte en synkfil');
    fs.writeFileSync(
      path.join(folder, SYNC_FOLDER, annaDevice, 'changes-000000000000001-00000.json'),
      JSON.stringify({ format: 'kvalitetshjulet-synk', formatVersion: 99 }),
    );
    cecilia.repos.processes.create(plan.id, { name: 'Cecilias process', group: 'main', responsibleTeam: '' }, 'Cecilia');
    await cecilia.sync.syncNow();

    const status = await bo.sync.syncNow();
    expect(status.state).toBe('ready');
    expect(status.warnings).toEqual(
      expect.arrayContaining([
        { kind: 'damaged', file: `${annaDevice}/${path.basename(change)}` },
        { kind: 'foreign', file: 'anteckningar.txt' },
        { kind: 'future', file: `${annaDevice}/changes-000000000000001-00000.json` },
      ]),
    );
    expect(bo.repos.planDetail(plan.id).processes.map((process) => process.name)).toContain('Cecilias process');
    expect(bo.repos.plans.get(plan.id).title).not.toBe('Annas ändring');

    await anna.sync.syncNow();
    const mended = await bo.sync.syncNow();
    expect(bo.repos.plans.get(plan.id).title).toBe('Annas ändring');
    expect(mended.warnings.some((warning) => warning.kind === 'damaged')).toBe(false);
  });

  it('holds back the changes of a laptop whose clock runs far ahead until this clock catches up', async () => {
    const folder = tempDir('kh-sync-');
    const anna = laptop('Anna', folder);
    const bo = laptop('Bo', folder);
    anna.skew(3 * 60 * 60 * 1000);
    checklistPlan(anna.repos);
    await anna.sync.syncNow();
    const held = await bo.sync.syncNow();
    expect(held.warnings).toEqual([{ kind: 'clock-ahead', author: 'Anna', minutesAhead: expect.any(Number) }]);
    expect(bo.repos.units.list()).toEqual([]);
    bo.skew(3 * 60 * 60 * 1000 + 60_000);
    const caughtUp = await bo.sync.syncNow();
    expect(caughtUp.warnings).toEqual([]);
    expect(bo.data()).toEqual(anna.data());
  });

  it('says in Swedish when the folder cannot be reached and keeps the changes waiting', async () => {
    const folder = path.join(tempDir('kh-sync-'), 'finns-inte');
    const anna = laptop('Anna', folder);
    checklistPlan(anna.repos);
    const status = await anna.sync.syncNow();
    expect(status.state).toBe('unreachable');
    expect(status.problem).toMatchObject({ key: 'folders.unreachable', message: expect.stringMatching(/går inte att nå/) });
    expect(status.pending).toBeGreaterThan(0);
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('says that no folder is chosen', async () => {
    const anna = laptop('Anna', null);
    expect(await anna.sync.syncNow()).toMatchObject({ state: 'not-chosen', folder: null, lastRound: null });
  });
});
