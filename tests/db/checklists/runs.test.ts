import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDbFile } from '../../support/temp-db';
import { testRepos, type TestRepos } from '../../support/repos';
import { ACTOR, checklistPlan, runWith } from '../../support/checklist-fixture';

let file: string;
let t: TestRepos;
beforeEach(() => {
  file = tempDbFile();
  t = testRepos(file);
  return () => t.close();
});

const start = (templateId: string, date = '2026-03-31') => t.repos.checklists.runs.start(templateId, { date, context: 'case_review', runBy: 'AB', team: 'Utredning' });

describe('runs', () => {
  it('hold cases under neutral references, refusing the same reference twice', () => {
    const { templateId } = checklistPlan(t.repos);
    const runId = start(templateId);
    const first = t.repos.checklists.cases.add(runId, 'SN 2026/123');
    expect(first).toMatchObject({ position: 0, caseRef: 'SN 2026/123', answers: [] });
    expect(() => t.repos.checklists.cases.add(runId, 'sn 2026/123')).toThrow(/finns redan i den här genomgången/);
    const second = t.repos.checklists.cases.add(runId, '2');
    t.repos.checklists.cases.rename(second.id, '3');
    expect(t.repos.checklists.runs.get(runId).cases.map((c) => c.caseRef)).toEqual(['SN 2026/123', '3']);
  });

  it('belong to the plan’s year', () => {
    const { templateId } = checklistPlan(t.repos);
    expect(() => start(templateId, '2025-12-31')).toThrow('Datumet 2025-12-31 ligger utanför planens år 2026. En genomgång hör till planen för det år den hålls.');
  });

  it('store each answer at once, replacing the earlier answer and keeping the comment unless a new one is given', () => {
    const { templateId } = checklistPlan(t.repos);
    const runId = start(templateId);
    const { id: caseId } = t.repos.checklists.cases.add(runId, '1');
    const [yesNo, days] = t.repos.checklists.runs.get(runId).items;
    const ack = t.repos.checklists.answers.answer(caseId, yesNo!.id, 'no', 'Frågan glömdes');
    expect(ack).toEqual({ caseId, itemId: yesNo!.id, answeredAt: expect.any(String) });
    t.repos.checklists.answers.answer(caseId, yesNo!.id, 'yes');
    t.repos.checklists.answers.answer(caseId, days!.id, 21);
    let answers = t.repos.checklists.runs.get(runId).cases[0]!.answers;
    expect(answers.map((a) => [a.value, a.comment])).toEqual([['yes', 'Frågan glömdes'], [21, '']]);
    t.repos.checklists.answers.answer(caseId, yesNo!.id, 'yes', '');
    expect(t.repos.checklists.answers.clear(caseId, days!.id)).toMatchObject({ cleared: true });
    answers = t.repos.checklists.runs.get(runId).cases[0]!.answers;
    expect(answers.map((a) => [a.value, a.comment])).toEqual([['yes', '']]);
    expect(t.repos.checklists.runs.list({ planId: t.repos.checklists.runs.get(runId).planId })[0]).toMatchObject({ caseCount: 1, answerCount: 1 });
  });

  it('refuse an answer that does not fit the item, or an item of another checklist', () => {
    const { plan, templateId } = checklistPlan(t.repos);
    const runId = start(templateId);
    const { id: caseId } = t.repos.checklists.cases.add(runId, '1');
    const [yesNo, days] = t.repos.checklists.runs.get(runId).items;
    expect(() => t.repos.checklists.answers.answer(caseId, days!.id, 400)).toThrow('Svaret får inte vara större än 365 dagar.');
    expect(() => t.repos.checklists.answers.answer(caseId, yesNo!.id, 7)).toThrow('Svara ja, nej eller ej aktuellt.');
    const other = t.repos.checklists.templates.get(t.repos.checklists.templates.createFromStarter(plan.id, 'case_review', ACTOR));
    expect(() => t.repos.checklists.answers.answer(caseId, other.items[0]!.id, 'yes')).toThrow(/hör inte till den här genomgångens checklista/);
    expect(t.repos.checklists.runs.get(runId).cases[0]!.answers).toEqual([]);
  });

  it('have the answer in the file when answer() returns, for any other connection to read', () => {
    const { templateId } = checklistPlan(t.repos);
    const runId = start(templateId);
    const { id: caseId } = t.repos.checklists.cases.add(runId, '1');
    const item = t.repos.checklists.runs.get(runId).items[1]!;
    t.repos.checklists.answers.answer(caseId, item.id, 12, 'Väntade på tolk');
    const reader = new Database(file, { readonly: true });
    try {
      expect(reader.prepare('SELECT value, comment FROM answers WHERE case_id = ? AND item_id = ?').get(caseId, item.id)).toEqual({ value: '12', comment: 'Väntade på tolk' });
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
    }
  });

  it('remove a case or a run with answers only when confirmed', () => {
    const { templateId } = checklistPlan(t.repos);
    const { runId, caseIds } = runWith(t.repos, templateId, '2026-03-01', [['yes', 4], []]);
    t.repos.checklists.cases.remove(caseIds[1]!, false);
    expect(() => t.repos.checklists.cases.remove(caseIds[0]!, false)).toThrow('Ärendet Ärende 2026-03-01-1 har 2 svar. Bekräfta att svaren ska tas bort tillsammans med ärendet.');
    expect(() => t.repos.checklists.runs.remove(runId, false)).toThrow(/Genomgången har 2 svar/);
    t.repos.checklists.runs.remove(runId, true);
    expect(() => t.repos.checklists.runs.get(runId)).toThrow(/finns inte längre/);
  });

  it('never lose an answered item or a used version alone, yet go along when a whole plan is deleted', () => {
    const { plan, templateId } = checklistPlan(t.repos);
    const { runId, items } = runWith(t.repos, templateId, '2026-03-01', [['yes']]);
    const sqlite = new Database(file);
    try {
      sqlite.pragma('foreign_keys = ON');
      expect(() => sqlite.prepare('DELETE FROM checklist_items WHERE id = ?').run(items[0]!.id)).toThrow(/FOREIGN KEY/);
      const versionId = t.repos.checklists.runs.info(runId).versionId;
      expect(() => sqlite.prepare('DELETE FROM checklist_template_versions WHERE id = ?').run(versionId)).toThrow(/FOREIGN KEY/);
      sqlite.prepare('DELETE FROM plans WHERE id = ?').run(plan.id);
      expect(sqlite.prepare('SELECT count(*) FROM answers').pluck().get()).toBe(0);
    } finally {
      sqlite.close();
    }
  });

  it('go on in an adopted plan and stop in an archived one', () => {
    const { plan, templateId } = checklistPlan(t.repos);
    t.repos.lifecycle.setStatus(plan.id, 'adopted', ACTOR);
    const { runId, caseIds, items } = runWith(t.repos, templateId, '2026-03-01', [['yes']]);
    t.repos.checklists.runs.finish(runId);
    expect(t.repos.checklists.runs.info(runId).finishedAt).not.toBeNull();
    t.repos.lifecycle.setStatus(plan.id, 'archived', ACTOR);
    expect(() => t.repos.checklists.answers.answer(caseIds[0]!, items[0]!.id, 'no')).toThrow(/arkiverad/);
    expect(() => t.repos.checklists.cases.add(runId, '9')).toThrow(/arkiverad/);
    expect(() => start(templateId)).toThrow(/arkiverad/);
  });
});

describe('run summary', () => {
  it('counts cases, answers and deviations by hand', () => {
    const { templateId } = checklistPlan(t.repos);
    // våld: yes, no, na, no, yes -> 2 of 4 deviate; days for förhandsbedömning: 3, 15, 14, 30 -> 2 of 4 over 14.
    const { runId, items } = runWith(t.repos, templateId, '2026-03-01', [
      ['yes', 10, 3],
      ['no', undefined, 15],
      ['na', 20, 14, 'Notering'],
      ['no', 5, 30],
      ['yes'],
    ]);
    const report = t.repos.checklists.runs.summary(runId);
    expect(report).toMatchObject({ casesReviewed: 5, itemsAnswered: 13, answersPossible: 20 });
    expect(report.deviations.map((d) => d.message)).toEqual([
      '2 av 4 ärenden där frågan om våld inte har ställts',
      '2 av 4 ärenden låg över 14 dagar på ”Dagar för förhandsbedömningen”',
    ]);
    const [violence, days, within, note] = report.items;
    expect(violence).toMatchObject({ answered: 5, notApplicable: 1, deviations: 2, deviationBase: 4, figure: { value: 50 } });
    expect(days).toMatchObject({ answered: 3, deviations: null, figure: { aggregation: 'median', value: 10 } });
    expect(within).toMatchObject({ deviations: 2, figure: { value: 50 } });
    expect(note).toMatchObject({ answered: 1, deviations: null, figure: null });
    expect(report.deviations[0]!.itemId).toBe(items[0]!.id);
  });

  it('turns a deviation into an action under the risk of the control, even in an adopted plan', () => {
    const { plan, risk, otherRisk, templateId } = checklistPlan(t.repos);
    t.repos.lifecycle.setStatus(plan.id, 'adopted', ACTOR);
    const { runId, items } = runWith(t.repos, templateId, '2026-03-01', [['no'], ['yes'], ['no', undefined, 20]]);
    const made = t.repos.checklists.runs.createFollowUp({ runId, itemId: items[0]!.id, owner: 'Gruppledare', dueDate: '2026-04-30' }, ACTOR);
    expect(made).toMatchObject({ riskId: risk, planId: plan.id });
    const action = t.repos.planDetail(plan.id).processes[0]!.risks[0]!.actions.find((a) => a.id === made.actionId);
    expect(action).toMatchObject({
      text: 'Följ upp: 2 av 3 ärenden där frågan om våld inte har ställts (ärendedragning 2026-03-01).',
      owner: 'Gruppledare',
      dueDate: '2026-04-30',
      status: 'not_started',
    });
    const chosen = t.repos.checklists.runs.createFollowUp({ runId, itemId: items[2]!.id, riskId: otherRisk, text: 'Se över mottagningens rutin' }, ACTOR);
    expect(chosen.riskId).toBe(otherRisk);
    expect(() => t.repos.checklists.runs.createFollowUp({ runId, itemId: items[3]!.id }, ACTOR)).toThrow(/inte kopplad till någon egenkontroll/);
    expect(t.repos.planHistory(plan.id).filter((entry) => entry.entity === 'action' && entry.field === 'created')).toHaveLength(2);
  });
});
