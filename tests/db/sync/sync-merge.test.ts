import { afterEach, describe, expect, it } from 'vitest';
import { TemplateContent } from '../../../shared/checklists/template';
import { checklistPlan, runWith } from '../../support/checklist-fixture';
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

const dirtyCount = (d: TestDevice) => d.sqlite.prepare('SELECT COUNT(*) AS n FROM sync_dirty').get() as { n: number };

describe('two devices through the registers', () => {
  it('brings a whole plan from one device to another and marks nothing as changed on the receiver', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    smallPlan(anna.repos);
    bus.publish(anna);
    bus.pull(bo);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    expect(dirtyCount(bo).n).toBe(0);
    expect(bo.sync.pendingRows()).toBe(0);
  });

  it('ends with the same value when both change one field, and keeps the overwritten one in the history', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { plan } = smallPlan(anna.repos);
    bus.settle([anna, bo]);
    anna.repos.plans.rename(plan.id, 'Annas rubrik', 'Anna');
    bo.repos.plans.rename(plan.id, 'Bos rubrik', 'Bo');
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    const title = anna.repos.plans.get(plan.id).title;
    expect(['Annas rubrik', 'Bos rubrik']).toContain(title);
    const lost = title === 'Annas rubrik' ? 'Bos rubrik' : 'Annas rubrik';
    const overwritten = anna.repos.planHistory(plan.id).filter((entry) => entry.actor.includes('synkronisering'));
    expect(overwritten).toEqual([expect.objectContaining({ entity: 'plan', field: 'title', oldValue: lost, newValue: title })]);
  });

  it('does not call a later edit on top of a seen one a conflict', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { plan } = smallPlan(anna.repos);
    bus.settle([anna, bo]);
    anna.repos.plans.rename(plan.id, 'Första', 'Anna');
    bus.settle([anna, bo]);
    bo.repos.plans.rename(plan.id, 'Andra', 'Bo');
    bus.settle([anna, bo]);
    expect(anna.repos.plans.get(plan.id).title).toBe('Andra');
    expect(anna.repos.planHistory(plan.id).some((entry) => entry.actor.includes('synkronisering'))).toBe(false);
  });

  it('keeps the answers given on one device to a run another device deleted, and the run with them', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { templateId } = checklistPlan(anna.repos);
    const { runId, caseIds } = runWith(anna.repos, templateId, '2026-03-10', [['yes', 3, 10, undefined]]);
    bus.settle([anna, bo]);
    const items = bo.repos.checklists.templates.get(templateId).items;
    bo.repos.checklists.answers.answer(caseIds[0]!, items[3]!.id, 'Svar från Bo');
    bo.repos.checklists.answers.answer(caseIds[0]!, items[0]!.id, 'no');
    const added = bo.repos.checklists.cases.add(runId, 'Ärende B');
    bo.repos.checklists.answers.answer(added.id, items[0]!.id, 'yes');
    anna.repos.checklists.runs.remove(runId, true);
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    const run = anna.repos.checklists.runs.get(runId);
    const answers = run.cases.flatMap((runCase) => runCase.answers.map((answer) => answer.value));
    expect(answers).toEqual(expect.arrayContaining(['Svar från Bo', 'no', 'yes']));
  });

  it('keeps a deletion that had seen every answer', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { templateId } = checklistPlan(anna.repos);
    const { runId } = runWith(anna.repos, templateId, '2026-03-10', [['yes', 3, 10, undefined]]);
    bus.settle([anna, bo]);
    bo.repos.checklists.runs.remove(runId, true);
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    expect(anna.repos.checklists.runs.list({ planId: anna.repos.plans.list()[0]!.id })).toEqual([]);
  });

  it('makes one unit and one plan of the same unit and year made on two devices', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const mine = checklistPlan(anna.repos);
    const theirs = checklistPlan(bo.repos);
    runWith(bo.repos, theirs.templateId, '2026-03-10', [['yes', 3, 10, 'x']]);
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    expect(anna.repos.units.list()).toHaveLength(1);
    const plans = anna.repos.plans.list();
    expect(plans).toHaveLength(1);
    expect([mine.plan.id, theirs.plan.id]).toContain(plans[0]!.id);
    const detail = anna.repos.planDetail(plans[0]!.id);
    expect(detail.processes).toHaveLength(2);
    expect(new Set(detail.qualityAreas.map((area) => area.name.toLowerCase())).size).toBe(detail.qualityAreas.length);
    expect(anna.repos.checklists.runs.list({ planId: plans[0]!.id })).toHaveLength(1);
  });

  it('numbers two versions of one checklist made on two devices one after the other, each with its runs', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { templateId, plan } = checklistPlan(anna.repos);
    runWith(anna.repos, templateId, '2026-03-10', [['yes', 3, 10, undefined]]);
    bus.settle([anna, bo]);
    const items = (who: string) => TemplateContent.parse({ name: 'Ärendedragning', items: [{ kind: 'yes_no_na', text: `Fråga från ${who}` }] }).items;
    anna.repos.checklists.templates.setItems(templateId, items('Anna'), 'Anna');
    bo.repos.checklists.templates.setItems(templateId, items('Bo'), 'Bo');
    runWith(anna.repos, templateId, '2026-03-11', [['no']]);
    runWith(bo.repos, templateId, '2026-03-12', [['na']]);
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    const versions = anna.sqlite.prepare('SELECT version FROM checklist_template_versions WHERE template_id = ? ORDER BY version').pluck().all(templateId);
    expect(versions).toEqual([1, 2, 3]);
    expect(anna.repos.checklists.runs.list({ planId: plan.id }).map((run) => run.version).sort()).toEqual([1, 2, 3]);
  });

  it('makes one manual result of two entered for the same control and period, the later value winning', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { lexSarah, plan } = checklistPlan(anna.repos);
    bus.settle([anna, bo]);
    const input = { controlId: lexSarah, periodKind: 'year' as const, periodStart: '2026-01-01', analysis: '' };
    anna.repos.results.manual.create({ ...input, value: 2 }, 'Anna');
    bo.repos.results.manual.create({ ...input, value: 3 }, 'Bo');
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    const results = anna.repos.results.manual.list(lexSarah);
    expect(results).toHaveLength(1);
    expect(results[0]!.value).toBe(3);
    expect(anna.repos.planDetail(plan.id).id).toBe(plan.id);
  });

  it('keeps the tags of risks on a quality area made twice, on the one area that stays', () => {
    const anna = device('Anna');
    const bo = device('Bo');
    const bus = new RegisterBus();
    const { plan, risk, otherRisk } = checklistPlan(anna.repos);
    bus.settle([anna, bo]);
    const annas = anna.repos.qualityAreas.create(plan.id, { name: 'Bemötande' }, 'Anna');
    const bos = bo.repos.qualityAreas.create(plan.id, { name: 'bemötande' }, 'Bo');
    anna.repos.risks.update(risk, { qualityAreaIds: [annas] }, 'Anna');
    bo.repos.risks.update(otherRisk, { qualityAreaIds: [bos] }, 'Bo');
    bus.settle([anna, bo]);
    expect(syncedData(bo)).toEqual(syncedData(anna));
    const detail = anna.repos.planDetail(plan.id);
    const kept = detail.qualityAreas.filter((area) => area.name.toLowerCase() === 'bemötande');
    expect(kept).toHaveLength(1);
    const tags = detail.processes.flatMap((process) => process.risks).map((r) => r.qualityAreaIds);
    expect(tags).toEqual([[kept[0]!.id], [kept[0]!.id]]);
  });
});
