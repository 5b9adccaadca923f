import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/app/app-services';
import { newPlanContent } from '../../../shared/domain/new-plan';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { seed000 } from '../../fixtures/plans/seed-000';
import { seed002 } from '../../fixtures/plans/seed-002';
import { seed004 } from '../../fixtures/plans/seed-004';
import { testServices } from '../../support/services';
import { contentOf, importFixture } from './support';

let services: AppServices;
afterEach(() => services?.close());

function counts(detail: PlanDetail) {
  const risks = detail.processes.flatMap((process) => process.risks);
  return {
    processes: detail.processes.length,
    supportProcesses: detail.processes.filter((process) => process.group === 'support').length,
    risks: risks.length,
    controls: risks.reduce((sum, risk) => sum + risk.controls.length, 0),
    actions: risks.reduce((sum, risk) => sum + risk.actions.length, 0),
  };
}

async function imported(unitName: string, year: number, file: string): Promise<PlanDetail> {
  services = testServices();
  const report = await importFixture(services.repos, unitName, year, file);
  if (!report.imported) throw new Error(JSON.stringify(report.problems, null, 2));
  return services.repos.planDetail(report.plan.id);
}

const areaNames = (detail: PlanDetail, ids: string[]) => ids.map((id) => detail.qualityAreas.find((area) => area.id === id)?.name);

describe('seed 000 (barn och familj 2019)', () => {
  it('imports from xlsx with its whole structure', async () => {
    const detail = await imported(seed000.unitName, seed000.year, 'seed-000.xlsx');
    expect(counts(detail)).toEqual({ processes: 19, supportProcesses: 9, risks: 49, controls: 34, actions: 58 });
    expect(detail.title).toBe('Kvalitetsplan 2019 – Barn och familj');
    expect(detail.meta.decisionBody).toBe('Socialnämnden');
    expect(detail.improvementAreas).toHaveLength(5);

    const investigation = detail.processes.find((process) => process.name === 'Utredning enligt 11 kap. 1 § SoL');
    const participation = investigation?.risks.find((risk) => risk.text === 'Barnet är inte delaktigt i utredningen.');
    expect(participation?.inherent).toEqual({ likelihood: 4, consequence: 3 });
    expect(participation?.residual).toEqual({ likelihood: 3, consequence: 2 });
    expect(participation?.controls.map((control) => control.measureKind)).toEqual(['number', 'number']);
    expect(participation?.actions[0]).toMatchObject({ dueDate: '2019-06-30', status: 'not_started' });

    const goals = detail.processes.flatMap((process) => process.risks).find((risk) => risk.text.startsWith('Barnet är inte med när målen'));
    expect(goals?.controls[0]).toMatchObject({ method: 'file_audit', frequency: 'yearly', measureKind: 'share', targetValue: 87.5, targetUnit: '%' });
    expect(services.repos.plans.list().map((plan) => plan.unitName)).toEqual([seed000.unitName]);
    expect(contentOf(services.repos, detail.id)).toEqual(seed000.content);
  });

  it('imports from a semicolon CSV with BOM and decimal comma, with the default areas and matrix', async () => {
    const detail = await imported(seed000.unitName, seed000.year, 'seed-000.csv');
    expect(counts(detail)).toEqual({ processes: 19, supportProcesses: 9, risks: 49, controls: 34, actions: 58 });
    const content = contentOf(services.repos, detail.id);
    expect(content.processes).toEqual(seed000.content.processes);
    expect(content.matrix).toEqual(newPlanContent().matrix);
    expect(content.improvementAreas).toEqual([]);
  });
});

describe('seed 002 (omsorgsenheten 2020)', () => {
  it('imports from xlsx with its columns in another order', async () => {
    const detail = await imported(seed002.unitName, seed002.year, 'seed-002.xlsx');
    expect(counts(detail)).toEqual({ processes: 18, supportProcesses: 7, risks: 37, controls: 27, actions: 46 });
    expect(detail.improvementAreas.map((area) => area.text)).toEqual(seed002.content.improvementAreas);

    const lss = detail.processes.find((process) => process.name === 'Utreda stöd- och omsorgsbehov enligt LSS');
    expect(lss?.risks).toHaveLength(6);
    expect(areaNames(detail, lss?.risks[0]?.qualityAreaIds ?? [])).toEqual(['Helhetssyn och samordning', 'Effektivitet']);
    const deviations = detail.processes.find((process) => process.name === 'Interna avvikelser');
    expect(deviations?.group).toBe('support');
    expect(deviations?.risks[0]?.actions[0]).toMatchObject({ status: 'done', followUp: 'Rutinen antogs på enhetsmötet i mars.\nDen följs upp i december.' });
    expect(contentOf(services.repos, detail.id)).toEqual(seed002.content);
  });

  it('imports from a comma-separated CSV without BOM', async () => {
    const detail = await imported(seed002.unitName, seed002.year, 'seed-002.csv');
    expect(counts(detail)).toEqual({ processes: 18, supportProcesses: 7, risks: 37, controls: 27, actions: 46 });
    expect(contentOf(services.repos, detail.id).processes).toEqual(seed002.content.processes);
  });
});

describe('seed 004 (äldreenheten 2017, every control field)', () => {
  it('imports from xlsx with its five-step matrix and every control field', async () => {
    const detail = await imported(seed004.unitName, seed004.year, 'seed-004.xlsx');
    expect(counts(detail)).toEqual({ processes: 3, supportProcesses: 0, risks: 3, controls: 3, actions: 3 });
    expect(detail.meta).toEqual({ diarienummer: 'ÄLN 2017/62', adoptedOn: null, decisionBody: 'Äldrenämnden', processOwner: 'Enhetschef äldreenheten' });
    expect(detail.matrix.likelihood).toHaveLength(5);
    expect(detail.matrix.consequence).toHaveLength(5);

    const [, , enforcement] = detail.processes;
    expect(enforcement?.risks[0]?.controls[0]).toEqual({
      id: expect.any(String),
      definition: 'Väntetid från beslut till verkställd insats',
      method: 'case_system_report',
      methodDescription: 'Rapport ur verksamhetssystemet',
      responsible: 'Enhetschef och jurist',
      occasion: 'Var tredje månad',
      frequency: 'quarterly',
      measureKind: 'count',
      targetValue: 0,
      targetUnit: 'beslut',
      targetDirection: 'at_least',
      tolerance: 0,
    });
    expect(contentOf(services.repos, detail.id)).toEqual(seed004.content);
  });

  it('takes the matrix and areas of the plan it replaces when the file is a CSV', async () => {
    const detail = await imported(seed004.unitName, seed004.year, 'seed-004.xlsx');
    const report = await importFixture(services.repos, seed004.unitName, seed004.year, 'seed-004.csv');
    expect(report.imported).toBe(true);
    expect(services.repos.plans.list()).toHaveLength(1);
    expect(contentOf(services.repos, detail.id)).toEqual(seed004.content);
  });
});
