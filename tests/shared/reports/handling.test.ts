import { localized } from '../../../shared/errors';
import { describe, expect, it } from 'vitest';
import { daysBetween, elapsedDays, isOverdue } from '../../../shared/reports/elapsed';
import { reportShapeProblem, type ReportShape } from '../../../shared/reports/fields';
import { ReportFields } from '../../../shared/reports/report';
import { settingsWithDefaults } from '../../../shared/reports/settings';
import { checkStatusChange, type StatusFacts } from '../../../shared/reports/status';

const received: StatusFacts = {
  kind: 'avvikelse',
  status: 'mottagen',
  anonymous: false,
  conclusion: '',
  investigatedBy: '',
  investigatedOn: null,
  feedbackOn: null,
  serious: null,
  ivoReportedOn: null,
  ivoReference: '',
  openActions: 0,
};
const investigated = { ...received, conclusion: 'Rutinen följdes inte.', investigatedBy: 'EC', investigatedOn: '2026-02-01' };

describe('status: mottagen → under utredning → åtgärdad → avslutad', () => {
  it('starts an utredning at once, but is åtgärdad only when the utredning is done', () => {
    expect(checkStatusChange(received, 'under_utredning')).toEqual({ ok: true });
    expect(checkStatusChange({ ...received, status: 'under_utredning' }, 'atgardad')).toEqual({
      ok: false,
      message: localized('reports.actionedNeedsConclusion'),
    });
    expect(checkStatusChange({ ...investigated, status: 'under_utredning' }, 'atgardad')).toEqual({ ok: true });
  });

  it('skips steps forward when the later step’s requirements are met, and goes back one step only', () => {
    expect(checkStatusChange(investigated, 'avslutad')).toEqual({ ok: true });
    expect(checkStatusChange({ ...investigated, status: 'avslutad' }, 'atgardad')).toEqual({ ok: true });
    expect(checkStatusChange({ ...investigated, status: 'avslutad' }, 'mottagen')).toMatchObject({ ok: false, message: { key: 'reports.stepBack' } });
  });

  it('asks a lex Sarah report to be assessed, and an allvarlig one to be reported to IVO before it closes', () => {
    const lexSarah = { ...investigated, kind: 'lex_sarah' as const, status: 'under_utredning' as const };
    expect(checkStatusChange(lexSarah, 'atgardad')).toMatchObject({ ok: false, message: { key: 'reports.actionedNeedsSerious' } });
    const serious = { ...lexSarah, serious: true, status: 'atgardad' as const };
    expect(checkStatusChange(serious, 'avslutad')).toEqual({
      ok: false,
      message: localized('reports.closedNeedsIvoDate'),
    });
    expect(checkStatusChange({ ...serious, ivoReportedOn: '2026-02-03', ivoReference: '3.5.1-1234/2026' }, 'avslutad')).toEqual({ ok: true });
    expect(checkStatusChange({ ...lexSarah, serious: false, status: 'atgardad' }, 'avslutad')).toEqual({ ok: true });
  });

  it('closes a klagomål from a known sender only after återkoppling, an anonymous one without', () => {
    const complaint = { ...investigated, kind: 'klagomal' as const, status: 'atgardad' as const };
    expect(checkStatusChange(complaint, 'avslutad')).toMatchObject({ ok: false, message: { key: 'reports.closedNeedsFeedback' } });
    expect(checkStatusChange({ ...complaint, anonymous: true }, 'avslutad')).toEqual({ ok: true });
    expect(checkStatusChange({ ...complaint, feedbackOn: '2026-02-02' }, 'avslutad')).toEqual({ ok: true });
  });

  it('closes a tillsynsärende only when the actions decided on are carried out', () => {
    const inspection = { ...investigated, kind: 'tillsyn' as const, status: 'atgardad' as const };
    expect(checkStatusChange({ ...inspection, openActions: 2 }, 'avslutad')).toMatchObject({
      ok: false,
      message: { key: 'reports.closedNeedsActionsDone', params: { count: 2 }, message: expect.stringContaining('att de 2 beslutade åtgärderna är genomförda') },
    });
    expect(checkStatusChange(inspection, 'avslutad')).toEqual({ ok: true });
  });
});

describe('what no report can hold', () => {
  const shape: ReportShape = { kind: 'avvikelse', receivedOn: '2026-03-01', anonymous: false, serious: null, ivoReportedOn: null, investigatedOn: null, feedbackOn: null };

  it('refuses an anonymous avvikelse, an assessment outside lex Sarah and dates before the report came in', () => {
    expect(reportShapeProblem(shape)).toBeNull();
    expect(reportShapeProblem({ ...shape, anonymous: true })).toBe('reports.anonymousOnlySender');
    expect(reportShapeProblem({ ...shape, kind: 'synpunkt', anonymous: true })).toBeNull();
    expect(reportShapeProblem({ ...shape, serious: true })).toBe('reports.seriousOnlyLexSarah');
    expect(reportShapeProblem({ ...shape, kind: 'lex_sarah', serious: false, ivoReportedOn: '2026-03-02' })).toBe('reports.notSeriousNoIvo');
    expect(reportShapeProblem({ ...shape, investigatedOn: '2026-02-28' })).toBe('reports.investigatedBeforeReceived');
    expect(reportShapeProblem({ ...shape, investigatedOn: '2026-03-01' })).toBeNull();
  });

  it('refuses a personnummer in any text of a new report, in Swedish', () => {
    const result = ReportFields.safeParse({ receivedOn: '2026-03-01', kind: 'klagomal', description: 'Gäller 19121212-1212, ring tillbaka' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.personalIdentityNumber');
    expect(ReportFields.safeParse({ receivedOn: '2026-03-01', kind: 'klagomal', caseRef: '121212-1212' }).success).toBe(false);
    expect(ReportFields.parse({ receivedOn: '2026-03-01', kind: 'klagomal', caseRef: 'K-2026-014' })).toMatchObject({ anonymous: false, categoryId: null });
  });
});

describe('elapsed days and the warning limit', () => {
  it('counts calendar days, to today while open and to the closing once closed', () => {
    expect(daysBetween('2026-02-25', '2026-03-01')).toBe(4);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(elapsedDays('2026-03-01', null, '2026-03-31')).toBe(30);
    expect(elapsedDays('2026-03-01', '2026-03-05', '2026-03-31')).toBe(4);
  });

  it('flags an open report past the unit’s limit, never a closed one', () => {
    const lexSarah = settingsWithDefaults([]).find((row) => row.kind === 'lex_sarah')!;
    expect(lexSarah.limitDays).toBe(7);
    expect(isOverdue('under_utredning', 7, lexSarah.limitDays)).toBe(false);
    expect(isOverdue('under_utredning', 8, lexSarah.limitDays)).toBe(true);
    expect(isOverdue('avslutad', 80, lexSarah.limitDays)).toBe(false);
    const own = settingsWithDefaults([{ kind: 'lex_sarah', limitDays: 3, feedbackDays: null }]);
    expect(own.find((row) => row.kind === 'lex_sarah')?.limitDays).toBe(3);
    expect(own.map((row) => row.kind)).toEqual(['avvikelse', 'klagomal', 'synpunkt', 'lex_sarah', 'tillsyn']);
  });
});
