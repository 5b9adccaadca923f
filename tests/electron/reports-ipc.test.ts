import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { messageText } from '../../shared/messages/catalogue';
import { Compilation } from '../../shared/reports/compilation';
import { ReportDetail, ReportSummary } from '../../shared/reports/report';
import { EXPECTED_TERTIALS } from '../support/reports-fixture';
import { fillFixtureRegister } from '../support/reports-register';
import { smallPlan } from '../support/plan-fixture';
import { testServices } from '../support/services';

const PERSONAL_IDENTITY = messageText('sv', 'validation.personalIdentityNumber');

let services: AppServices;
let fixture: ReturnType<typeof fillFixtureRegister>;
beforeAll(() => {
  services = testServices();
  fixture = fillFixtureRegister(services.repos);
});
afterAll(() => services.close());

const invoke = async (channel: string, input: unknown) => services.dispatcher.invoke(channel, input);
async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('reports:* through the dispatcher', () => {
  it('lists the register and compiles it per tertial as counted by hand, valid against the contract', async () => {
    const list = await value<unknown[]>('reports:list', { planId: fixture.plan.id, filter: { kind: 'tillsyn' }, today: '2026-12-31' });
    expect(list.map((row) => ReportSummary.parse(row).caseRef)).toEqual(['R-16', 'R-39', 'R-40']);
    const compilation = Compilation.parse(await value('reports:summary', { planId: fixture.plan.id, today: '2026-12-31' }));
    expect(compilation.periodKind).toBe('tertial');
    expect(compilation.periods.map((period) => period.total)).toEqual(EXPECTED_TERTIALS.map((expected) => expected.total));
  });

  it('stores a report typed in and refuses a personnummer in it, in Swedish', async () => {
    const created = ReportDetail.parse(
      await value('reports:create', { planId: fixture.plan.id, receivedOn: '2026-05-02', kind: 'synpunkt', channel: 'blankett', anonymous: true, description: 'Väntrummet saknar information på lätt svenska.' }),
    );
    expect(created).toMatchObject({ status: 'mottagen', anonymous: true, createdBy: 'EC', channel: 'blankett' });
    expect(await invoke('reports:update', { id: created.id, patch: { description: 'Ring 19121212-1212' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation.personalIdentityNumber', message: PERSONAL_IDENTITY },
    });
    expect(await value<ReportDetail>('reports:get', { id: created.id })).toMatchObject({ description: 'Väntrummet saknar information på lätt svenska.' });
  });

  it('says what is missing when the handling cannot move on', async () => {
    const id = fixture.ids.get(29)!;
    expect(await invoke('reports:setStatus', { id, status: 'atgardad' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'reports.actionedNeedsConclusion', message: messageText('sv', 'reports.actionedNeedsConclusion') },
    });
  });

  it('creates the plan’s action from a report and shows the way back from the plan', async () => {
    const { plan, risk } = smallPlan(services.repos);
    const report = await value<ReportDetail>('reports:create', { planId: plan.id, receivedOn: '2026-03-03', kind: 'avvikelse', subject: 'Utredningsplan saknades' });
    await value('reports:linkRisk', { id: report.id, riskId: risk });
    const withAction = await value<ReportDetail>('reports:addAction', { id: report.id, text: 'Mall för utredningsplan i verksamhetssystemet' });
    const links = await value<{ actions: { actionId: string; reports: { id: string }[] }[] }>('reports:planLinks', { planId: plan.id });
    expect(links.actions).toEqual([{ actionId: withAction.actions[0]!.id, reports: [expect.objectContaining({ id: report.id })] }]);
  });

  it('keeps the unit’s categories and limits', async () => {
    const categories = await value<{ id: string; kind: string; name: string }[]>('reports:categories', { unitId: fixture.unit.id });
    expect(categories.filter((c) => c.kind === 'lex_sarah').map((c) => c.name)).toEqual(['Missförhållande', 'Påtaglig risk för missförhållande']);
    const settings = await value<{ kind: string; limitDays: number }[]>('reports:updateSettings', { unitId: fixture.unit.id, kind: 'lex_sarah', limitDays: 3, feedbackDays: null });
    expect(settings.find((row) => row.kind === 'lex_sarah')?.limitDays).toBe(3);
    expect(await invoke('reports:updateSettings', { unitId: fixture.unit.id, kind: 'lex_sarah', limitDays: 0, feedbackDays: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('files the analysdag’s conclusion under the first day of a period only', async () => {
    const analyses = await value<{ text: string }[]>('reports:setAnalysis', { planId: fixture.plan.id, periodKind: 'tertial', periodStart: '2026-05-01', text: 'Fler avvikelser om dokumentation; se över rutinen.' });
    expect(analyses.map((row) => row.text)).toEqual(['Fler avvikelser om dokumentation; se över rutinen.']);
    expect(await invoke('reports:setAnalysis', { planId: fixture.plan.id, periodKind: 'tertial', periodStart: '2026-05-02', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('periodens första dag') },
    });
  });
});
