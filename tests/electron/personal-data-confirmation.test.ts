import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { checklistPlan } from '../support/checklist-fixture';
import { testServices } from '../support/services';

let services: AppServices;
beforeEach(() => {
  services = testServices();
});
afterEach(() => services.close());

async function call<T = unknown>(channel: string, input: unknown): Promise<T> {
  const result = await services.dispatcher.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function answeredCase() {
  const { templateId } = checklistPlan(services.repos);
  const run = await call<{ id: string; items: Array<{ id: string }> }>('runs:start', { templateId, date: '2026-03-31', context: 'case_walkthrough', runBy: 'KL' });
  const added = await call<{ id: string }>('runs:addCase', { runId: run.id, caseRef: '2026-17' });
  await call('runs:answer', { caseId: added.id, itemId: run.items[0]!.id, value: 'yes' });
  return { runId: run.id, caseId: added.id, itemId: run.items[0]!.id, note: run.items[3]!.id };
}

const commentOf = (caseId: string, itemId: string) =>
  services.database.sqlite.prepare('SELECT comment FROM answers WHERE case_id = ? AND item_id = ?').pluck().get(caseId, itemId);

describe('a number that may be a personnummer', () => {
  it('is refused with a question until the input carries the user’s word that it is not one', async () => {
    const { caseId, itemId } = await answeredCase();
    const asked = await services.dispatcher.invoke('runs:comment', { caseId, itemId, comment: 'Ring mamma på 0701234569' });
    expect(asked).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION', message: expect.stringMatching(/kan vara personnumret/) } });
    expect(commentOf(caseId, itemId)).toBe('');

    await call('runs:comment', { caseId, itemId, comment: 'Ring mamma på 0701234569', confirmedNotPersonalData: true });
    expect(commentOf(caseId, itemId)).toBe('Ring mamma på 0701234569');
  });

  it('is asked about in every text, such as a short-text answer, a case reference or a plan title', async () => {
    const { runId, caseId, note } = await answeredCase();
    expect(await services.dispatcher.invoke('runs:answer', { caseId, itemId: note, value: 'Ring 0701234569' })).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_CONFIRMATION' },
    });
    await call('runs:answer', { caseId, itemId: note, value: 'Ring 0701234569', confirmedNotPersonalData: true });
    expect(services.database.sqlite.prepare('SELECT value FROM answers WHERE case_id = ? AND item_id = ?').pluck().get(caseId, note)).toBe(
      JSON.stringify('Ring 0701234569'),
    );
    expect(await services.dispatcher.invoke('runs:addCase', { runId, caseRef: '0701234569' })).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
    const added = await call<{ caseRef: string }>('runs:addCase', { runId, caseRef: '0701234569', confirmedNotPersonalData: true });
    expect(added.caseRef).toBe('0701234569');
    const unit = services.repos.units.create('Vuxen');
    const plan = services.repos.plans.create({ unitId: unit.id, year: 2026 }, 'AB');
    expect(await services.dispatcher.invoke('plans:rename', { id: plan.id, title: 'Plan 0501011233' })).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
  });

  it('never lets a personnummer through, confirmed or not, nor a confirmation that is not `true`', async () => {
    const { caseId, itemId } = await answeredCase();
    for (const comment of ['Gäller 850709 9805', 'Gäller 19850709 9805 och 0701234569']) {
      const refused = await services.dispatcher.invoke('runs:comment', { caseId, itemId, comment, confirmedNotPersonalData: true });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/personnummer eller samordningsnummer/) } });
    }
    const odd = await services.dispatcher.invoke('runs:comment', { caseId, itemId, comment: 'Ring 0701234569', confirmedNotPersonalData: 'ja' });
    expect(odd).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(commentOf(caseId, itemId)).toBe('');
  });

  it('is not let through by a confirmation given to an earlier call', async () => {
    const { caseId, itemId } = await answeredCase();
    await call('runs:comment', { caseId, itemId, comment: 'Ring 0701234569', confirmedNotPersonalData: true });
    const next = await services.dispatcher.invoke('runs:comment', { caseId, itemId, comment: 'Ring 0701234569 igen' });
    expect(next).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
  });
});
