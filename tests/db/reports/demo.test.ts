import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UNIT_NAME, fillDemoData } from '../../../db/demo';
import { REPORT_KINDS } from '../../../shared/reports/kinds';
import { testRepos, type TestRepos } from '../../support/repos';

let db: TestRepos;
beforeAll(() => {
  db = testRepos();
  fillDemoData(db.repos, '2026-12-08');
});
afterAll(() => db.close());

const plans = () => db.repos.plans.list(db.repos.units.findByName(DEMO_UNIT_NAME)!.id);

describe('the demo unit’s register', () => {
  it('holds two years of reports of every kind, none dated after today', () => {
    for (const plan of plans()) {
      const reports = db.repos.reports.list(plan.id, {}, '2026-12-08');
      expect(new Set(reports.map((report) => report.kind))).toEqual(new Set(REPORT_KINDS));
      expect(reports.length).toBeGreaterThan(15);
      expect(reports.every((report) => report.receivedOn <= '2026-12-08' && report.receivedOn.startsWith(String(plan.year)))).toBe(true);
      expect(reports.filter((report) => report.processId !== null).length).toBeGreaterThan(reports.length / 2);
    }
  });

  it('has one lex Sarah report anmäld to IVO, handled through to avslutad', () => {
    const all = plans().flatMap((plan) => db.repos.reports.list(plan.id, { kind: 'lex_sarah' }, '2026-12-08'));
    const reported = all.filter((report) => report.ivoReportedOn !== null);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ serious: true, status: 'avslutad' });
    expect(all.some((report) => report.status !== 'avslutad')).toBe(true);
  });

  it('ties reports to the plan’s actions and risks, and the plan links back', () => {
    for (const plan of plans()) {
      const links = db.repos.reports.planLinks(plan.id);
      expect(links.actions.length).toBeGreaterThan(0);
      expect(links.risks.length).toBeGreaterThan(0);
    }
    const [y2025, y2026] = plans().sort((a, b) => a.year - b.year);
    const revealedRisks = db.repos.planDetail(y2026!.id).processes.flatMap((process) => process.risks).filter((risk) => risk.text.startsWith('Vårdnadshavare når inte'));
    // Two klagomål bear it out; the first adds it to the draft plan, the second points at it.
    expect(revealedRisks).toHaveLength(1);
    const revealed = revealedRisks[0];
    expect(db.repos.reports.planLinks(y2026!.id).risks.find((link) => link.riskId === revealed!.id)?.reports).toHaveLength(2);
    const summary = db.repos.reports.summary(y2026!.id, 'tertial', '2026-12-08');
    expect(summary.periods.every((period) => period.total.count > 0 && period.total.previousYear > 0)).toBe(true);
    expect(y2025!.year).toBe(2025);
  });

  it('adds nothing the second time', () => {
    const before = plans().map((plan) => db.repos.reports.list(plan.id).length);
    fillDemoData(db.repos, '2026-12-08');
    expect(plans().map((plan) => db.repos.reports.list(plan.id).length)).toEqual(before);
  });
});
