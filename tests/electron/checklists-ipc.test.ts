import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { testServices } from '../support/services';
import { checklistPlan } from '../support/checklist-fixture';

let services: AppServices;
beforeEach(() => {
  services = testServices();
  services.repos.settings.setUserName('AB');
});
afterEach(() => services.close());

async function call<T = unknown>(channel: string, input: unknown): Promise<T> {
  const result = await services.dispatcher.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function startedRun() {
  const { plan, templateId, violence } = checklistPlan(services.repos);
  const run = await call<{ id: string; items: Array<{ id: string }> }>('runs:start', {
    templateId,
    date: '2026-03-31',
    context: 'case_walkthrough',
    runBy: 'KL',
    team: 'Utredning 0–18 år',
  });
  return { plan, templateId, violence, run };
}

describe('checklist channels', () => {
  it('create a template from a starter and replace its items through the contract', async () => {
    const { plan } = checklistPlan(services.repos);
    const starters = await call<Array<{ key: string; items: unknown[] }>>('checklists:starters', {});
    expect(starters.map((s) => s.key)).toEqual(['case_review', 'initial_assessment', 'closed_investigation']);
    const template = await call<{ id: string; items: Array<{ text: string }> }>('checklists:createFromStarter', { planId: plan.id, starter: 'case_review' });
    expect(template.items[1]!.text).toBe('Finns en utredningsplan?');
    const replaced = await call<{ newVersion: boolean; template: { items: unknown[] } }>('checklists:setItems', {
      id: template.id,
      items: [{ kind: 'number', text: 'Antal dagar', unit: 'dagar', min: 0 }],
    });
    expect(replaced).toMatchObject({ newVersion: false, template: { items: [{ kind: 'number', unit: 'dagar', min: 0, max: null }] } });
    const bad = await services.dispatcher.invoke('checklists:setItems', { id: template.id, items: [{ kind: 'single_choice', text: 'Val', choices: ['A'] }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'checklists.tooFewChoices', message: 'En valfråga behöver minst två svarsalternativ.' } });
  });
});

describe('run channels', () => {
  it('answer a keypress with a small acknowledgement, not the whole run', async () => {
    const { run } = await startedRun();
    const added = await call<{ id: string }>('runs:addCase', { runId: run.id, caseRef: '2026-17' });
    const ack = await call('runs:answer', { caseId: added.id, itemId: run.items[0]!.id, value: 'no', comment: 'Ska tas upp igen' });
    expect(ack).toEqual({ caseId: added.id, itemId: run.items[0]!.id, answeredAt: expect.any(String) });
    const summary = await call<{ deviations: Array<{ message: string }> }>('runs:finish', { id: run.id });
    expect(summary.deviations.map((d) => d.message)).toEqual(['1 av 1 ärende där frågan om våld inte har ställts']);
  });

  it('refuse a personnummer or samordningsnummer as case reference or in a comment, and write nothing', async () => {
    const { run } = await startedRun();
    for (const caseRef of ['811218-9876', '19811218-9876', 'Ärende 8112189876', '701063-2391', '811278-9873']) {
      const result = await services.dispatcher.invoke('runs:addCase', { runId: run.id, caseRef });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/personnummer eller samordningsnummer/) } });
    }
    const added = await call<{ id: string }>('runs:addCase', { runId: run.id, caseRef: '17' });
    const comment = await services.dispatcher.invoke('runs:answer', { caseId: added.id, itemId: run.items[0]!.id, value: 'yes', comment: 'Mamma 811218-9876' });
    expect(comment).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const text = await services.dispatcher.invoke('runs:answer', { caseId: added.id, itemId: run.items[3]!.id, value: 'Gäller 19811218-9876' });
    expect(text).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const rename = await services.dispatcher.invoke('runs:renameCase', { caseId: added.id, caseRef: '811218-9876' });
    expect(rename).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const detail = await call<{ cases: Array<{ caseRef: string; answers: unknown[] }> }>('runs:get', { id: run.id });
    expect(detail.cases).toEqual([expect.objectContaining({ caseRef: '17', answers: [] })]);
  });

  it('accept a date, a phone number and a diarienummer as case reference and in a comment', async () => {
    const { run } = await startedRun();
    for (const text of ['2026-03-31', '070-123 45 67', 'SN 2026/123']) {
      const added = await call<{ id: string; caseRef: string }>('runs:addCase', { runId: run.id, caseRef: text });
      expect(added.caseRef).toBe(text);
      await call('runs:answer', { caseId: added.id, itemId: run.items[0]!.id, value: 'yes', comment: `Se ${text}` });
      await call('runs:answer', { caseId: added.id, itemId: run.items[3]!.id, value: text });
    }
    const detail = await call<{ cases: Array<{ caseRef: string; answers: Array<{ comment: string; value: unknown }> }> }>('runs:get', { id: run.id });
    expect(detail.cases.map((c) => [c.caseRef, c.answers[0]!.comment, c.answers[1]!.value])).toEqual([
      ['2026-03-31', 'Se 2026-03-31', '2026-03-31'],
      ['070-123 45 67', 'Se 070-123 45 67', '070-123 45 67'],
      ['SN 2026/123', 'Se SN 2026/123', 'SN 2026/123'],
    ]);
  });

  it('make a follow-up action from a deviation, signed with the device user', async () => {
    const { plan, run } = await startedRun();
    const added = await call<{ id: string }>('runs:addCase', { runId: run.id, caseRef: '1' });
    await call('runs:answer', { caseId: added.id, itemId: run.items[0]!.id, value: 'no' });
    const made = await call<{ actionId: string }>('runs:createFollowUp', { runId: run.id, itemId: run.items[0]!.id, dueDate: '2026-05-31' });
    const history = await call<Array<{ actor: string; entityId: string }>>('plans:history', { id: plan.id });
    expect(history.find((entry) => entry.entityId === made.actionId)?.actor).toBe('AB');
  });
});

describe('result channels', () => {
  it('keep a control’s direction and tolerance when another field of it changes', async () => {
    const { plan, days } = checklistPlan(services.repos);
    await call('controls:update', { id: days, patch: { definition: 'Dagar till inledd utredning, median' } });
    const detail = await call<{ processes: Array<{ risks: Array<{ controls: Array<{ id: string }> }> }> }>('plans:get', { id: plan.id });
    const control = detail.processes.flatMap((p) => p.risks.flatMap((r) => r.controls)).find((c) => c.id === days);
    expect(control).toMatchObject({ definition: 'Dagar till inledd utredning, median', targetDirection: 'at_most', tolerance: 7 });
    const negative = await services.dispatcher.invoke('controls:update', { id: days, patch: { tolerance: -1 } });
    expect(negative).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Toleransen kan inte vara negativ.' } });
  });

  it('give results per period, manual results and the overview', async () => {
    const { plan, violence, run } = await startedRun();
    const added = await call<{ id: string }>('runs:addCase', { runId: run.id, caseRef: '1' });
    await call('runs:answer', { caseId: added.id, itemId: run.items[0]!.id, value: 'yes' });
    const results = await call<{ controls: Array<{ controlId: string; latest: { value: number; period: { label: string } } | null }> }>('results:forPlan', {
      planId: plan.id,
      periodKind: 'tertial',
    });
    expect(results.controls.find((c) => c.controlId === violence)?.latest).toMatchObject({ value: 100, period: { label: 'Tertial 1 2026' } });
    const wrongStart = await services.dispatcher.invoke('results:manualCreate', { controlId: violence, periodKind: 'tertial', periodStart: '2026-04-01', value: 90 });
    expect(wrongStart).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/periodens första dag/) } });
    const personal = await services.dispatcher.invoke('results:manualCreate', { controlId: violence, periodKind: 'tertial', periodStart: '2026-05-01', value: 90, analysis: 'Gäller 811218-9876' });
    expect(personal).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const manual = await call<{ id: string }>('results:manualCreate', { controlId: violence, periodKind: 'tertial', periodStart: '2026-05-01', value: 90, analysis: 'Aktgranskning' });
    expect(await call('results:manualUpdate', { id: manual.id, patch: { value: 92 } })).toMatchObject({ value: 92, analysis: 'Aktgranskning' });
    const overview = await call<{ runsThisPeriod: { count: number } }>('results:overview', { planId: plan.id, today: '2026-03-31' });
    expect(overview.runsThisPeriod.count).toBe(1);
    const down = await call<{ runs: unknown[] }>('results:drillDown', { controlId: violence, periodKind: 'month', periodStart: '2026-03-01' });
    expect(down.runs).toHaveLength(1);
  });
});
