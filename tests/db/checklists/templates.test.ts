import { beforeEach, describe, expect, it } from 'vitest';
import { TemplateContent } from '../../../shared/checklists/template';
import { testRepos, type TestRepos } from '../../support/repos';
import { ACTOR, checklistPlan, runWith } from '../../support/checklist-fixture';

let t: TestRepos;
beforeEach(() => {
  t = testRepos();
  return () => t.close();
});

const items = (...texts: string[]) => TemplateContent.shape.items.parse(texts.map((text) => ({ kind: 'yes_no_na', text })));

describe('checklist templates', () => {
  it('are written from a starter, listed with their current version and the controls they feed', () => {
    const { plan, violence, days, within } = checklistPlan(t.repos);
    const starter = t.repos.checklists.templates.createFromStarter(plan.id, 'closed_investigation', ACTOR);
    const list = t.repos.checklists.templates.list(plan.id);
    expect(list.map((entry) => [entry.name, entry.currentVersion.version, entry.itemCount])).toEqual([
      ['Ärendedragning', 1, 4],
      ['Avslutad utredning', 1, 5],
    ]);
    expect(list[0]!.controlIds).toEqual([violence, days, within]);
    expect(t.repos.checklists.templates.get(starter).items.map((item) => item.kind)).toEqual(['yes_no_na', 'yes_no_na', 'date', 'multiple_choice', 'short_text']);
    expect(t.repos.planHistory(plan.id).filter((entry) => entry.entity === 'checklist')).toHaveLength(2);
  });

  it('changes the items in place while no run has used them', () => {
    const { templateId } = checklistPlan(t.repos);
    const result = t.repos.checklists.templates.setItems(templateId, items('Ny fråga'), ACTOR);
    expect(result).toEqual({ newVersion: false, version: 1 });
    const template = t.repos.checklists.templates.get(templateId);
    expect(template.versions).toHaveLength(1);
    expect(template.items.map((item) => item.text)).toEqual(['Ny fråga']);
  });

  it('makes version 2 when the current version has runs, and the old run keeps version 1’s items', () => {
    const { templateId } = checklistPlan(t.repos);
    const { runId } = runWith(t.repos, templateId, '2026-03-10', [['yes', 12, 3, 'Bra']]);
    const result = t.repos.checklists.templates.setItems(templateId, items('Har barnet hörts?', 'Finns en plan?'), ACTOR);
    expect(result).toEqual({ newVersion: true, version: 2 });

    const template = t.repos.checklists.templates.get(templateId);
    expect(template.currentVersion).toMatchObject({ version: 2, createdBy: ACTOR, runCount: 0 });
    expect(template.versions.map((v) => [v.version, v.runCount])).toEqual([[1, 1], [2, 0]]);
    expect(template.runCount).toBe(1);

    const oldRun = t.repos.checklists.runs.get(runId);
    expect(oldRun.version).toBe(1);
    expect(oldRun.items.map((item) => item.text)).toEqual(['Har frågan om våld ställts?', 'Dagar till inledd utredning', 'Dagar för förhandsbedömningen', 'Notering']);
    expect(oldRun.cases[0]!.answers.map((a) => a.value)).toEqual(['yes', 12, 3, 'Bra']);
    expect(t.repos.checklists.templates.version(oldRun.versionId).items).toHaveLength(4);

    const newRun = t.repos.checklists.runs.start(templateId, { date: '2026-04-01', context: 'case_review', runBy: 'AB', team: '' });
    expect(t.repos.checklists.runs.get(newRun).items.map((item) => item.text)).toEqual(['Har barnet hörts?', 'Finns en plan?']);
  });

  it('links an item to a control in place, on any version, without a new version', () => {
    const { templateId, lexSarah, days } = checklistPlan(t.repos);
    const item = t.repos.checklists.templates.get(templateId).items[1]!;
    runWith(t.repos, templateId, '2026-03-10', [[undefined, 5]]);
    t.repos.checklists.templates.linkItem(item.id, { controlId: lexSarah, aggregation: 'sum', limitValue: null }, ACTOR);
    const template = t.repos.checklists.templates.get(templateId);
    expect(template.versions).toHaveLength(1);
    expect(template.items[1]).toMatchObject({ controlId: lexSarah, aggregation: 'sum' });
    expect(() => t.repos.checklists.templates.linkItem(item.id, { controlId: days, aggregation: 'share_yes', limitValue: null }, ACTOR)).toThrow(
      /Det sättet att räkna passar inte en fråga av den här typen/,
    );
  });

  it('refuses to feed a control from both yes/no and number items, or a control of another plan', () => {
    const { plan, templateId, violence } = checklistPlan(t.repos);
    const numberItem = t.repos.checklists.templates.get(templateId).items[1]!;
    expect(() => t.repos.checklists.templates.linkItem(numberItem.id, { controlId: violence, aggregation: 'mean', limitValue: null }, ACTOR)).toThrow(
      /räknas redan från ja\/nej-frågor \(”Har frågan om våld ställts\?”\)/,
    );
    const other = checklistPlan(t.repos, 2027);
    expect(() =>
      t.repos.checklists.templates.create(plan.id, TemplateContent.parse({ name: 'Lista', items: [{ kind: 'yes_no_na', text: 'Fråga', controlId: other.violence, aggregation: 'share_yes' }] }), ACTOR),
    ).toThrow(/samma plan/);
  });

  it('stays editable in an adopted plan, but not in an archived one', () => {
    const { plan, templateId } = checklistPlan(t.repos);
    t.repos.lifecycle.setStatus(plan.id, 'adopted', ACTOR);
    t.repos.checklists.templates.update(templateId, { name: 'Ärendedragning, ny' }, ACTOR);
    t.repos.checklists.templates.setItems(templateId, items('Fråga'), ACTOR);
    expect(t.repos.checklists.templates.get(templateId).name).toBe('Ärendedragning, ny');
    t.repos.lifecycle.setStatus(plan.id, 'archived', ACTOR);
    expect(() => t.repos.checklists.templates.update(templateId, { name: 'X' }, ACTOR)).toThrow(/arkiverad/);
    expect(() => t.repos.checklists.templates.createFromStarter(plan.id, 'case_review', ACTOR)).toThrow(/arkiverad/);
  });

  it('archives a template out of the list and out of new runs, and orders templates', () => {
    const { plan, templateId } = checklistPlan(t.repos);
    const second = t.repos.checklists.templates.createFromStarter(plan.id, 'initial_assessment', ACTOR);
    t.repos.checklists.templates.move(second, 0, ACTOR);
    expect(t.repos.checklists.templates.list(plan.id).map((entry) => entry.id)).toEqual([second, templateId]);
    t.repos.checklists.templates.archive(templateId, true, ACTOR);
    expect(t.repos.checklists.templates.list(plan.id).map((entry) => entry.id)).toEqual([second]);
    expect(t.repos.checklists.templates.list(plan.id, true)).toHaveLength(2);
    expect(() => t.repos.checklists.runs.start(templateId, { date: '2026-03-01', context: 'case_review', runBy: 'AB', team: '' })).toThrow(/arkiverad/);
  });

  it('come along to next year’s plan, fed into the copied controls, without runs', () => {
    const { plan, templateId } = checklistPlan(t.repos, 2025);
    runWith(t.repos, templateId, '2025-06-01', [['yes']]);
    const next = t.repos.lifecycle.rollover(plan.id, ACTOR);
    const [copy] = t.repos.checklists.templates.list(next);
    const nextControls = t.repos.planDetail(next).processes.flatMap((p) => p.risks.flatMap((r) => r.controls));
    expect(copy).toMatchObject({ name: 'Ärendedragning', runCount: 0, currentVersion: { version: 1 } });
    expect(copy!.controlIds).toEqual([nextControls[0]!.id, nextControls[2]!.id, nextControls[3]!.id]);
    expect(t.repos.checklists.runs.list({ planId: next })).toEqual([]);
  });
});
