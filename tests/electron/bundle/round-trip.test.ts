import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillDemoData } from '../../../db/demo';
import { createBundleImport, verifyBundleFile } from '../../../electron/services/bundle/bundle-import';
import { frozenClock } from '../../support/temp-db';
import { testRepos, type TestRepos } from '../../support/repos';
import { exporter, tableDigest } from './bundle-fixture';

const open: TestRepos[] = [];
const fresh = () => {
  const made = testRepos();
  open.push(made);
  return made.repos;
};
afterEach(() => open.splice(0).forEach((made) => made.close()));

function demoUnit() {
  const repos = fresh();
  fillDemoData(repos, '2026-11-24');
  const unit = repos.units.list()[0]!;
  const plan = repos.plans.list(unit.id).find((candidate) => candidate.year === 2026)!;
  return { repos, unit, plan };
}

const figures = (results: { controls: { definition: string; periods: unknown; latest: unknown; targetValue: unknown }[] }) =>
  results.controls.map(({ definition, periods, latest, targetValue }) => ({ definition, periods, latest, targetValue }));

describe('a yearly bundle from export to import', () => {
  it('exports the demo unit, verifies, and imports into an empty database with the same figures', async () => {
    const source = demoUnit();
    const { bundles, shared } = exporter(source.repos);
    const outcome = await bundles.exportPlan(source.plan.id);
    expect(outcome.delivered).toBe(true);
    expect(outcome.status.pending).toEqual([]);
    expect(outcome.status.lastDelivery).toMatchObject({ fileName: outcome.fileName, folder: shared, year: 2026 });
    const file = path.join(shared, outcome.fileName);
    expect(fs.readdirSync(shared)).toEqual([outcome.fileName]);
    expect((await verifyBundleFile(file)).manifest.unit.name).toBe(source.unit.name);

    const target = fresh();
    const [result] = await createBundleImport(target, frozenClock()).importFiles([file]);
    expect(result).toMatchObject({ kind: 'imported', unitName: source.unit.name, year: 2026 });
    expect(target.units.list()).toEqual([{ ...source.unit, origin: 'imported' }]);
    expect(target.bundles.read(source.plan.id)).toEqual(source.repos.bundles.read(source.plan.id));
    for (const kind of [null, 'month', 'quarter', 'tertial', 'half', 'year'] as const) {
      expect(figures(target.results.forPlan(source.plan.id, kind))).toEqual(figures(source.repos.results.forPlan(source.plan.id, kind)));
    }
    expect(target.results.overview(source.plan.id, '2026-11-24')).toEqual(source.repos.results.overview(source.plan.id, '2026-11-24'));
  });

  it('changes nothing when the same bundle comes twice, and lets a newer export replace an older one', async () => {
    const source = demoUnit();
    const { bundles, shared } = exporter(source.repos);
    const first = path.join(shared, (await bundles.exportPlan(source.plan.id)).fileName);
    const target = fresh();
    const importer = createBundleImport(target, frozenClock());
    await importer.importFiles([first]);
    const before = tableDigest(target);
    expect((await importer.importFiles([first]))[0]).toMatchObject({ kind: 'unchanged' });
    expect(tableDigest(target)).toBe(before);

    const processId = source.repos.planDetail(source.plan.id).processes[0]!.id;
    source.repos.lifecycle.setStatus(source.plan.id, 'draft', 'Anna Berg');
    source.repos.processes.update(processId, { name: 'Förhandsbedömning och utredning' }, 'Anna Berg');
    const second = path.join(shared, (await bundles.exportPlan(source.plan.id)).fileName);
    expect((await importer.importFiles([second]))[0]).toMatchObject({ kind: 'replaced' });
    expect(target.planDetail(source.plan.id).processes[0]!.name).toBe('Förhandsbedömning och utredning');

    const afterNewer = tableDigest(target);
    expect((await importer.importFiles([first]))[0]).toMatchObject({ kind: 'older' });
    expect(tableDigest(target)).toBe(afterNewer);
    expect((await importer.scan(shared)).bundles.map((bundle) => bundle.state)).toEqual(['older', 'imported']);
  });

  it('keeps an imported unit read-only and refuses to import a unit into its own database', async () => {
    const source = demoUnit();
    const { bundles, shared } = exporter(source.repos);
    const file = path.join(shared, (await bundles.exportPlan(source.plan.id)).fileName);
    const [own] = await createBundleImport(source.repos, frozenClock()).importFiles([file]);
    expect(own).toMatchObject({ kind: 'refused' });
    expect(own!.message).toMatch(/egen enhet i den här databasen/);

    const target = fresh();
    await createBundleImport(target, frozenClock()).importFiles([file]);
    const detail = target.planDetail(source.plan.id);
    const run = target.checklists.runs.list({ planId: source.plan.id })[0]!;
    const attempts = [
      () => target.processes.update(detail.processes[0]!.id, { name: 'Ändrad' }, 'Anna Berg'),
      () => target.lifecycle.setStatus(source.plan.id, 'draft', 'Anna Berg'),
      () => target.units.rename(source.unit.id, 'Nytt namn'),
      () => target.checklists.cases.add(run.id, 'Ärende 99'),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(/importerad från ett årspaket/);
    await expect(exporter(target).bundles.exportPlan(source.plan.id)).rejects.toThrow(/Bara enheten själv kan exportera/);
  });
});
