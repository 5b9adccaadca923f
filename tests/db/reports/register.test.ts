import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/messages/catalogue';
import { openDatabase, type OpenDatabase } from '../../../db/connection';
import { createRepositories, type Repositories } from '../../../db/repositories';
import { frozenClock, migrationsFolder, tempDbFile } from '../../support/temp-db';
import { EXPECTED_TERTIALS } from '../../support/reports-fixture';
import { fillFixtureRegister } from '../../support/reports-register';
import { smallPlan } from '../../support/plan-fixture';

const PERSONAL_IDENTITY = messageText('sv', 'validation.personalIdentityNumber');

let database: OpenDatabase;
let db: { repos: Repositories };
beforeEach(() => {
  database = openDatabase(tempDbFile(), { migrationsFolder });
  db = { repos: createRepositories(database.db, frozenClock()) };
});
afterEach(() => database.close());

/** What a bundle import does to a unit: from then on it only mirrors another database. */
const markImported = (unitId: string) => database.sqlite.prepare("UPDATE units SET origin = 'imported' WHERE id = ?").run(unitId);

describe('the compilation from the database', () => {
  it('equals the hand-computed tertial figures of the fixture', () => {
    const { plan } = fillFixtureRegister(db.repos);
    const compilation = db.repos.reports.summary(plan.id, 'tertial', '2026-12-31');
    for (const [index, expected] of EXPECTED_TERTIALS.entries()) {
      const period = compilation.periods[index]!;
      expect(period.period.key).toBe(expected.key);
      expect(period.total).toEqual(expected.total);
      expect(Object.fromEntries(period.byKind.map((row) => [row.kind, row.received]))).toEqual(expected.received);
      for (const row of period.byKind) {
        const share = expected.investigatedWithinShare[row.kind];
        if (share === null) expect(row.investigatedWithinShare).toBeNull();
        else expect(row.investigatedWithinShare).toBeCloseTo(share, 9);
      }
      for (const kind of ['klagomal', 'synpunkt'] as const) {
        const row = period.byKind.find((candidate) => candidate.kind === kind)!;
        expect([row.feedbackExpected, row.feedbackGiven]).toEqual([expected.feedback[kind].expected, expected.feedback[kind].given]);
        expect(row.feedbackWithinShare).toBeCloseTo(expected.feedback[kind].withinShare, 9);
      }
      expect(period.lexSarah).toEqual(expected.lexSarah);
    }
    const [first] = EXPECTED_TERTIALS;
    expect(compilation.periods[0]!.byCategory.map((row) => [row.kind, row.category, row.figure])).toEqual(first.byCategory);
    expect(compilation.periods[0]!.byProcess.map((row) => [row.kind, row.process, row.figure])).toEqual(first.byProcess);
    expect(compilation.periods[0]!.byQualityArea.map((row) => [row.kind, row.area, row.figure])).toEqual(first.byQualityArea);
  });

  it('counts the open reports and those past the unit’s limit, which the unit can change', () => {
    const { plan, unit } = fillFixtureRegister(db.repos);
    const open = (today: string) => Object.fromEntries(db.repos.reports.summary(plan.id, 'year', today).open.map((row) => [row.kind, [row.open, row.overdue]]));
    // Nothing is closed yet. On 2026-12-31 the synpunkt of 12-01 is exactly 30 days old (not past the limit),
    // every lex Sarah report is past 7 days, and of the tillsyn only the one of 03-10 is past 90.
    expect(open('2026-12-31')).toEqual({ avvikelse: [17, 17], klagomal: [9, 9], synpunkt: [6, 5], lex_sarah: [5, 5], tillsyn: [3, 1] });
    db.repos.reports.settings.update(unit.id, { kind: 'tillsyn', limitDays: 10, feedbackDays: null });
    expect(open('2026-12-31').tillsyn).toEqual([3, 3]);
  });
});

describe('the register', () => {
  it('files a report with its category, process and areas, and finds it by filter and search', () => {
    const { plan, ids } = fillFixtureRegister(db.repos);
    const all = db.repos.reports.list(plan.id, {}, '2026-12-31');
    expect(all).toHaveLength(40);
    expect(db.repos.reports.list(plan.id, { kind: 'lex_sarah' }).map((report) => report.caseRef)).toEqual(['R-14', 'R-15', 'R-29', 'R-30', 'R-38']);
    const safety = plan.qualityAreas.find((area) => area.name === 'Trygghet och säkerhet')!;
    expect(db.repos.reports.list(plan.id, { kind: 'lex_sarah', qualityAreaId: safety.id, from: '2026-05-01', to: '2026-08-31' }).map((r) => r.caseRef)).toEqual(['R-29', 'R-30']);
    expect(db.repos.reports.list(plan.id, { search: 'RAPPORT 27' }).map((r) => r.caseRef)).toEqual(['R-27']);
    const detail = db.repos.reports.get(ids.get(14)!, '2026-02-20');
    expect(detail).toMatchObject({ kind: 'lex_sarah', categoryName: 'Missförhållande', processName: 'Utredning', serious: true, status: 'mottagen', elapsedDays: 15, overdue: true });
  });

  it('refuses a personnummer in any text, in Swedish, and stores nothing', () => {
    const { plan, ids } = fillFixtureRegister(db.repos);
    const fields = { receivedOn: '2026-03-01', kind: 'klagomal' as const, categoryId: null, channel: 'telefon' as const, anonymous: false, caseRef: '', subject: '', description: '', processId: null, qualityAreaIds: [] };
    for (const field of ['caseRef', 'subject', 'description'] as const) {
      expect(() => db.repos.reports.create(plan.id, { ...fields, [field]: 'Gäller 19121212-1212' }, 'EC')).toThrow(PERSONAL_IDENTITY);
    }
    for (const field of ['findings', 'cause', 'conclusion', 'investigatedBy', 'feedbackHow', 'ivoReference'] as const) {
      expect(() => db.repos.reports.update(ids.get(7)!, { [field]: '121212-1212' })).toThrow(PERSONAL_IDENTITY);
    }
    expect(() => db.repos.reports.analyses.set(plan.id, 'tertial', '2026-01-01', 'Se 121212-1212', 'EC')).toThrow(PERSONAL_IDENTITY);
    expect(() => db.repos.reports.categories.create(plan.unitId, 'avvikelse', '121212-1212')).toThrow(PERSONAL_IDENTITY);
    expect(db.repos.reports.list(plan.id)).toHaveLength(40);
  });

  it('takes a lex Sarah report from mottagen through utredning and anmälan to avslutad', () => {
    const { plan, ids } = fillFixtureRegister(db.repos);
    const id = ids.get(14)!;
    db.repos.reports.setStatus(id, 'under_utredning', '2026-02-06');
    expect(() => db.repos.reports.setStatus(id, 'atgardad', '2026-02-10')).toThrow('utredningens slutsats');
    db.repos.reports.update(id, { conclusion: 'Rutinen för överlämning saknades.', investigatedBy: 'EC', investigatedOn: '2026-02-10' });
    db.repos.reports.setStatus(id, 'atgardad', '2026-02-10');
    expect(() => db.repos.reports.setStatus(id, 'avslutad', '2026-02-12')).toThrow('IVO:s diarienummer');
    db.repos.reports.update(id, { ivoReference: '3.5.1-01234/2026' });
    const closed = db.repos.reports.setStatus(id, 'avslutad', '2026-02-12');
    expect(closed).toMatchObject({ status: 'avslutad', closedOn: '2026-02-12', elapsedDays: 7, overdue: false });
    expect(db.repos.reports.get(id, '2026-12-31').elapsedDays).toBe(7);
    expect(db.repos.reports.setStatus(id, 'atgardad')).toMatchObject({ status: 'atgardad', closedOn: null });
    expect(plan.id).toBe(closed.planId);
  });

  it('refuses a category of another kind, a process of another plan and dates before the report', () => {
    const { plan, previousPlan, ids } = fillFixtureRegister(db.repos);
    const categories = db.repos.reports.categories.list(plan.unitId);
    const complaintCategory = categories.find((category) => category.kind === 'klagomal')!;
    expect(() => db.repos.reports.update(ids.get(1)!, { categoryId: complaintCategory.id })).toThrow('hör till ett annat slag');
    expect(() => db.repos.reports.update(ids.get(1)!, { processId: previousPlan.processes[0]!.id })).toThrow('finns inte i årets plan');
    expect(() => db.repos.reports.update(ids.get(1)!, { investigatedOn: '2025-12-31' })).toThrow('innan rapporten kom in');
    expect(() => db.repos.reports.update(ids.get(1)!, { anonymous: true })).toThrow('anonym');
  });
});

describe('links to the plan, both ways', () => {
  it('turns a decided action into a plan Åtgärd under the report’s risk, and the plan links back', () => {
    const { repos } = db;
    repos.settings.setUserName('EC');
    const { plan, risk, violence } = smallPlan(repos);
    const report = repos.reports.create(plan.id, { receivedOn: '2026-03-02', kind: 'avvikelse', categoryId: null, channel: null, anonymous: false, caseRef: 'A-12', subject: 'Våldsfrågan ställdes inte', description: '', processId: violence, qualityAreaIds: [] }, 'EC');
    expect(() => repos.reports.addAction(report.id, { text: 'Gå igenom rutinen', owner: 'EC', dueDate: null }, 'EC')).toThrow('Koppla rapporten till en risk');
    repos.reports.linkRisk(report.id, risk, true);
    const withAction = repos.reports.addAction(report.id, { text: 'Gå igenom rutinen på APT', owner: 'EC', dueDate: '2026-04-30' }, 'EC');
    expect(withAction.actions).toMatchObject([{ riskId: risk, text: 'Gå igenom rutinen på APT', status: 'not_started' }]);
    const detail = repos.planDetail(plan.id);
    const action = detail.processes.flatMap((p) => p.risks).flatMap((r) => r.actions).find((a) => a.text === 'Gå igenom rutinen på APT')!;
    expect(action.followUp).toContain('avvikelse 2026-03-02, A-12');
    const links = repos.reports.planLinks(plan.id);
    expect(links.actions).toEqual([{ actionId: action.id, reports: [expect.objectContaining({ id: report.id, caseRef: 'A-12' })] }]);
    expect(links.risks).toEqual([{ riskId: risk, reports: [expect.objectContaining({ id: report.id })] }]);
  });

  it('adds a revealed risk to a draft plan, but only links an existing one once the plan is adopted', () => {
    const { repos } = db;
    repos.settings.setUserName('EC');
    const { plan, risk, violence } = smallPlan(repos);
    const report = repos.reports.create(plan.id, { receivedOn: '2026-03-02', kind: 'klagomal', categoryId: null, channel: 'e_tjanst', anonymous: true, caseRef: '', subject: '', description: '', processId: violence, qualityAreaIds: [] }, 'EC');
    const revealed = repos.reports.addRisk(report.id, { text: 'Risk att anonyma klagomål inte följs upp', qualityAreaIds: [] }, 'EC');
    expect(revealed.risks.map((r) => r.text)).toEqual(['Risk att anonyma klagomål inte följs upp']);
    repos.lifecycle.setStatus(plan.id, 'adopted', 'EC');
    expect(() => repos.reports.addRisk(report.id, { text: 'Ännu en risk', qualityAreaIds: [] }, 'EC')).toThrow('fastställd');
    expect(repos.reports.linkRisk(report.id, risk, true).risks).toHaveLength(2);
    expect(repos.reports.addAction(report.id, { riskId: risk, text: 'Följ upp klagomålet', owner: '', dueDate: null }, 'EC').actions).toHaveLength(1);
  });

  it('closes a tillsynsärende only once its actions are carried out', () => {
    const { repos } = db;
    repos.settings.setUserName('EC');
    const { plan, risk } = smallPlan(repos);
    const report = repos.reports.create(plan.id, { receivedOn: '2026-02-01', kind: 'tillsyn', categoryId: null, channel: null, anonymous: false, caseRef: '', subject: 'Inspektion av handläggningen', description: 'IVO kritiserar utredningstiderna.', processId: null, qualityAreaIds: [] }, 'EC');
    repos.reports.update(report.id, { conclusion: 'Kritiken delas.', investigatedBy: 'EC', investigatedOn: '2026-02-20', ivoReference: '8.1-2345/2026' });
    const acted = repos.reports.addAction(report.id, { riskId: risk, text: 'Veckovis genomgång av utredningstider', owner: 'EC', dueDate: null }, 'EC');
    expect(() => repos.reports.setStatus(report.id, 'avslutad', '2026-03-01')).toThrow('genomförd');
    repos.actions.update(acted.actions[0]!.id, { status: 'done' }, 'EC');
    expect(repos.reports.setStatus(report.id, 'avslutad', '2026-03-01').status).toBe('avslutad');
  });
});

describe('what may change', () => {
  it('leaves an imported unit’s register alone', () => {
    const { plan, ids, unit } = fillFixtureRegister(db.repos);
    markImported(unit.id);
    expect(() => db.repos.reports.update(ids.get(1)!, { subject: 'Ändrad' })).toThrow('importerad');
    expect(() => db.repos.reports.create(plan.id, { receivedOn: '2026-03-01', kind: 'synpunkt', categoryId: null, channel: null, anonymous: false, caseRef: '', subject: '', description: '', processId: null, qualityAreaIds: [] }, 'EC')).toThrow('importerad');
    expect(() => db.repos.reports.categories.create(unit.id, 'synpunkt', 'Ny kategori')).toThrow('importerad');
    expect(() => db.repos.reports.settings.update(unit.id, { kind: 'synpunkt', limitDays: 5, feedbackDays: 5 })).toThrow('importerad');
    expect(db.repos.reports.list(plan.id)).toHaveLength(40);
  });

  it('keeps the default categories virtual until one is changed, then writes them all with their known ids', () => {
    const unit = db.repos.units.create('Vuxen');
    const before = db.repos.reports.categories.list(unit.id);
    const documentation = before.find((category) => category.kind === 'avvikelse' && category.name === 'Dokumentation')!;
    const after = db.repos.reports.categories.rename(documentation.id, 'Dokumentation och journalföring');
    expect(after.map((category) => category.id)).toEqual(before.map((category) => category.id));
    expect(after.find((category) => category.id === documentation.id)?.name).toBe('Dokumentation och journalföring');
    expect(() => db.repos.reports.categories.create(unit.id, 'avvikelse', 'sekretess')).toThrow('finns redan');
    const archived = db.repos.reports.categories.archive(documentation.id, true);
    expect(archived.find((category) => category.id === documentation.id)?.archived).toBe(true);
  });
});
