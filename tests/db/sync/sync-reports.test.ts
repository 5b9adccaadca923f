import { afterEach, describe, expect, it } from 'vitest';
import { ReportFields } from '../../../shared/reports/report';
import { smallPlan } from '../../support/plan-fixture';
import { openDevice, RegisterBus, syncedData, type TestDevice } from './sync-devices';

const opened: TestDevice[] = [];
const device = (name: string) => {
  const made = openDevice(name);
  opened.push(made);
  return made;
};
afterEach(() => {
  for (const made of opened.splice(0)) made.close();
});

describe('the register of reports between two laptops of a unit', () => {
  it('brings reports, their links, categories, limits and analyses across, and two offline edits of one report converge field by field', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { plan, risk } = smallPlan(anna.repos);
    const unitId = anna.repos.plans.get(plan.id).unitId;
    const category = anna.repos.reports.categories.list(unitId).find((row) => row.kind === 'avvikelse')!;
    const report = anna.repos.reports.create(plan.id, ReportFields.parse({ kind: 'avvikelse', receivedOn: '2026-02-03', categoryId: category.id, subject: 'Dörren stod olåst' }), 'Anna');
    anna.repos.reports.linkRisk(report.id, risk, true);
    anna.repos.reports.analyses.set(plan.id, 'tertial', '2026-01-01', 'Fler avvikelser om lås.', 'Anna');
    anna.repos.reports.settings.update(unitId, { kind: 'avvikelse', limitDays: 20, feedbackDays: null });
    bus.settle([anna, bo]);
    expect(bo.repos.reports.get(report.id).risks.map((row) => row.id)).toEqual([risk]);
    expect(syncedData(bo)).toEqual(syncedData(anna));

    anna.repos.reports.update(report.id, { subject: 'Annas rubrik', findings: 'Låset var trasigt' });
    bo.repos.reports.update(report.id, { subject: 'Bos rubrik', cause: 'Ingen felanmälan' });
    bo.repos.reports.categories.rename(category.id, 'Lås och larm');
    bus.settle([anna, bo]);

    expect(syncedData(bo)).toEqual(syncedData(anna));
    const merged = anna.repos.reports.get(report.id);
    expect(['Annas rubrik', 'Bos rubrik']).toContain(merged.subject);
    expect(merged).toMatchObject({ findings: 'Låset var trasigt', cause: 'Ingen felanmälan', categoryName: 'Lås och larm' });
  });

  it('makes one set of default categories when both laptops fill them in on their own', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { plan } = smallPlan(anna.repos);
    bus.settle([anna, bo]);
    const unitId = anna.repos.plans.get(plan.id).unitId;
    anna.repos.reports.categories.create(unitId, 'klagomal', 'Bemötande i telefon');
    bo.repos.reports.categories.create(unitId, 'synpunkt', 'Lokalerna');
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    const categories = anna.repos.reports.categories.list(unitId);
    expect(categories.map((row) => row.name)).toEqual(expect.arrayContaining(['Bemötande i telefon', 'Lokalerna']));
    const keys = categories.map((row) => `${row.kind}|${row.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
