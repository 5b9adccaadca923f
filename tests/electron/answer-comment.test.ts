import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { buildApi } from '../../shared/ipc/build-api';
import { useRunStore } from '../../renderer/src/checklists/data/run-store';
import { checklistPlan } from '../support/checklist-fixture';
import { testServices } from '../support/services';

let services: AppServices;
beforeEach(() => {
  services = testServices();
});
afterEach(() => {
  vi.unstubAllGlobals();
  services.close();
});

async function call<T = unknown>(channel: string, input: unknown): Promise<T> {
  const result = await services.dispatcher.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A run with one case; the first item is a yes/no question. */
async function openCase() {
  const { templateId } = checklistPlan(services.repos);
  const run = await call<{ id: string; items: Array<{ id: string }> }>('runs:start', { templateId, date: '2026-03-31', context: 'case_walkthrough', runBy: 'KL' });
  const added = await call<{ id: string }>('runs:addCase', { runId: run.id, caseRef: '2026-17' });
  return { runId: run.id, caseId: added.id, itemId: run.items[0]!.id };
}

function stored(caseId: string, itemId: string) {
  return services.database.sqlite
    .prepare('SELECT value, comment, answered_at AS answeredAt FROM answers WHERE case_id = ? AND item_id = ?')
    .get(caseId, itemId) as { value: string; comment: string; answeredAt: string } | undefined;
}

describe('a comment on its own channel', () => {
  it('sets only the comment: an answer given before and after it keeps its value and its time', async () => {
    const { caseId, itemId } = await openCase();
    await call('runs:answer', { caseId, itemId, value: 'yes' });
    const first = stored(caseId, itemId)!;
    await call('runs:comment', { caseId, itemId, comment: 'Tas upp på nästa möte' });
    expect(stored(caseId, itemId)).toEqual({ ...first, comment: 'Tas upp på nästa möte' });
    const ack = await call<{ answeredAt: string }>('runs:answer', { caseId, itemId, value: 'no' });
    expect(stored(caseId, itemId)).toEqual({ value: JSON.stringify('no'), comment: 'Tas upp på nästa möte', answeredAt: ack.answeredAt });
  });

  it('is refused for an item without an answer and for a personnummer, and writes nothing', async () => {
    const { caseId, itemId } = await openCase();
    expect(await services.dispatcher.invoke('runs:comment', { caseId, itemId, comment: 'Något' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(stored(caseId, itemId)).toBeUndefined();
    await call('runs:answer', { caseId, itemId, value: 'yes' });
    const refused = await services.dispatcher.invoke('runs:comment', { caseId, itemId, comment: 'Mamma 811218-9876' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/personnummer/) } });
    expect(stored(caseId, itemId)?.comment).toBe('');
  });
});

describe('the run store', () => {
  it('keeps the answer changed just before a comment: answer, comment, answer and comment, all on their way at once', async () => {
    const { runId, caseId, itemId } = await openCase();
    vi.stubGlobal('window', { api: buildApi((channel, input) => services.dispatcher.invoke(channel, input)) });
    const store = useRunStore.getState();
    await store.load(runId);
    await store.answer(caseId, itemId, 'yes');

    const given = store.answer(caseId, itemId, 'no');
    const commented = store.comment(caseId, itemId, 'Ska följas upp');
    const changed = store.answer(caseId, itemId, 'na');
    const last = store.comment(caseId, itemId, 'Gäller inte');
    const results = await Promise.all([given, commented, changed, last]);

    expect(results.every((result) => result.ok)).toBe(true);
    const answered = await changed;
    const changedAt = answered.ok ? answered.value.answeredAt : '';
    expect(stored(caseId, itemId)).toEqual({ value: JSON.stringify('na'), comment: 'Gäller inte', answeredAt: changedAt });
    const shown = useRunStore.getState().run?.cases.find((runCase) => runCase.id === caseId)?.answers.find((answer) => answer.itemId === itemId);
    expect(shown).toMatchObject({ value: 'na', comment: 'Gäller inte', answeredAt: changedAt });
  });
});
