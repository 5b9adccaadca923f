import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { createBundleImport } from '../../../electron/services/bundle/bundle-import';
import type { AppServices } from '../../../electron/app/app-services';
import { EXPECTED_TERTIALS } from '../../support/reports-fixture';
import { fillFixtureRegister, REGISTER_UNIT } from '../../support/reports-register';
import { testServices } from '../../support/services';
import { frozenClock, tempDbFile, tempDir } from '../../support/temp-db';
import { exporter, tableDigest } from './bundle-fixture';

const TODAY = '2026-12-31';
let source: AppServices;
let sourceFile: string;
let files: { previous: string; current: string };
let plans: { previous: string; current: string };

/** The fixture's two years of reports, with an action and a risk decided from them, a changed limit and an analysis. */
beforeAll(async () => {
  sourceFile = tempDbFile();
  source = testServices(sourceFile);
  const { unit, plan, previousPlan, ids } = fillFixtureRegister(source.repos);
  const lexSarah = ids.get(29)!;
  const withRisk = source.repos.reports.addRisk(lexSarah, { text: 'Rutinen för tillsyn nattetid följs inte', qualityAreaIds: [] }, 'EC');
  const measured = source.repos.controls.create(
    withRisk.risks[0]!.id,
    { definition: 'Antal lex Sarah-rapporter', method: 'count', methodDescription: '', responsible: '', occasion: '', frequency: 'tertial', measureKind: 'count', targetValue: 1, targetUnit: 'st', targetDirection: 'at_most', tolerance: 0 },
    'EC',
  );
  source.repos.reports.measures.set(measured, { kind: 'lex_sarah', metric: 'received', days: null });
  source.repos.reports.addAction(lexSarah, { riskId: withRisk.risks[0]!.id, text: 'Gå igenom rutinen på APT', owner: 'Enhetschef', dueDate: '2026-09-30' }, 'EC');
  source.repos.reports.settings.update(unit.id, { kind: 'avvikelse', limitDays: 20, feedbackDays: null });
  source.repos.reports.analyses.set(plan.id, 'tertial', '2026-05-01', 'Fler avvikelser om dokumentation än under tertial 1.', 'EC');
  plans = { previous: previousPlan.id, current: plan.id };
  const { bundles, shared } = exporter(source.repos);
  files = {
    previous: path.join(shared, (await bundles.exportPlan(previousPlan.id)).fileName),
    current: path.join(shared, (await bundles.exportPlan(plan.id)).fileName),
  };
});
afterAll(() => source.close());

const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** The bundle with its data.json changed and its manifest rewritten to match, as a hostile or an old bundle would be. */
function rewritten(file: string, change: (data: Record<string, unknown>, manifest: Record<string, unknown>) => void): Uint8Array {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const data = json(entries['data.json']!);
  const manifest = json(entries['manifest.json']!) as { files: { name: string; size: number; sha256: string }[] };
  change(data, manifest);
  const bytes = encode(data);
  entries['data.json'] = bytes;
  const listed = manifest.files.find((entry) => entry.name === 'data.json')!;
  listed.size = bytes.length;
  listed.sha256 = createHash('sha256').update(bytes).digest('hex');
  entries['manifest.json'] = encode(manifest);
  return zipSync(entries);
}

async function cliSummary(file: string): Promise<unknown> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['reports', 'summary', '--db', file, '--unit', REGISTER_UNIT, '--year', '2026', '--period', 'tertial', '--format', 'json'], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join('\n'));
}

describe('the register of reports in the yearly bundle', () => {
  it('arrives whole at the socialkontor: the same rows, and the same compilation per tertial through the services and the CLI', async () => {
    const targetFile = tempDbFile();
    const target = testServices(targetFile);
    const results = await createBundleImport(target.repos, frozenClock()).importFiles([files.previous, files.current]);
    expect(results.map((result) => result.kind)).toEqual(['imported', 'imported']);
    const data = target.repos.bundles.read(plans.current);
    expect(data).toEqual(source.repos.bundles.read(plans.current));
    expect([data.reports.length, data.reportActions.length, data.reportRisks.length, data.reportAnalyses.length, data.reportSettings.length]).toEqual([40, 1, 1, 1, 1]);
    expect(data.reportCategories.length).toBeGreaterThan(0);

    const compiled = target.repos.reports.summary(plans.current, 'tertial', TODAY);
    expect(compiled).toEqual(source.repos.reports.summary(plans.current, 'tertial', TODAY));
    expect(compiled.periods.map((period) => period.total)).toEqual(EXPECTED_TERTIALS.map((expected) => expected.total));
    expect(compiled.periods.map((period) => period.lexSarah)).toEqual(EXPECTED_TERTIALS.map((expected) => expected.lexSarah));
    expect(target.repos.reports.analyses.list(plans.current)).toEqual(source.repos.reports.analyses.list(plans.current));
    expect(data.controlReportMeasures).toHaveLength(1);
    expect(target.repos.results.forPlan(plans.current, 'tertial')).toEqual(source.repos.results.forPlan(plans.current, 'tertial'));
    target.close();

    expect(await cliSummary(targetFile)).toEqual(await cliSummary(sourceFile));
  });

  it('still imports a bundle of format 1, made before the register, as a plan with an empty register', async () => {
    const old = rewritten(files.current, (data, manifest) => {
      for (const key of Object.keys(data)) if (key.startsWith('report')) delete data[key];
      data.formatVersion = 1;
      manifest.formatVersion = 1;
    });
    const file = path.join(tempDir('kh-format1-'), 'kvalitetshjulet-format1.zip');
    fs.writeFileSync(file, old);
    const target = testServices();
    try {
      const [result] = await createBundleImport(target.repos, frozenClock()).importFiles([file]);
      expect(result).toMatchObject({ kind: 'imported', unitName: REGISTER_UNIT, year: 2026 });
      const data = target.repos.bundles.read(plans.current);
      expect(data.processes).toEqual(source.repos.bundles.read(plans.current).processes);
      expect(data.reports).toEqual([]);
      expect(target.repos.reports.summary(plans.current, 'tertial', TODAY).periods.map((period) => period.total.count)).toEqual([0, 0, 0]);
    } finally {
      target.close();
    }
  });

  it('refuses, in Swedish and changing nothing, a report holding a personnummer, one pointing outside the bundle and one breaking the register’s rules', async () => {
    const target = testServices();
    const folder = tempDir('kh-register-refused-');
    const refused = async (name: string, change: (reports: Record<string, unknown>[], data: Record<string, unknown>) => void, words: RegExp) => {
      const file = path.join(folder, name);
      fs.writeFileSync(file, rewritten(files.current, (data) => change(data.reports as Record<string, unknown>[], data)));
      const before = tableDigest(target.repos);
      const [result] = await createBundleImport(target.repos, frozenClock()).importFiles([file]);
      expect(result!.kind).toBe('refused');
      expect(result!.message).toMatch(words);
      expect(tableDigest(target.repos)).toBe(before);
      expect(target.repos.units.list()).toEqual([]);
    };
    try {
      await refused('personnummer.zip', (reports) => (reports[3]!.description = 'Gäller 19121212-1212 som flyttat'), /Rapporten i registret som kom in \d{4}-\d\d-\d\d innehåller något som ser ut som ett personnummer/);
      await refused('findings.zip', (reports) => (reports[0]!.findings = 'Se 121212-1212'), /ser ut som ett personnummer/);
      await refused('analysis.zip', (_reports, data) => ((data.reportAnalyses as { text: string }[])[0]!.text = 'Personen 19121212-1212'), /analys i registret innehåller något som ser ut som ett personnummer/);
      await refused('orphan.zip', (reports) => (reports[0]!.categoryId = '11111111-1111-4111-8111-111111111111'), /reports pekar på något som inte finns i paketet \(categoryId\)/);
      await refused('kind.zip', (reports) => (reports[0]!.kind = 'anmalan'), /har fel form \(slag, status, kanal eller datum\)/);
      await refused('shape.zip', (reports) => Object.assign(reports.find((report) => report.kind === 'avvikelse')!, { serious: true }), /som kom in \d{4}-\d\d-\d\d följer inte registrets regler/);
      await refused('dropped.zip', (_reports, data) => delete data.reports, /fel form \(reports\)/);
    } finally {
      target.close();
    }
  });
});
