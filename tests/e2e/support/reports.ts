import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import type { Repositories } from '../../../db/repositories';
import { hasSender } from '../../../shared/reports/kinds';
import { PREVIOUS_YEAR, type FixtureReport } from '../../support/reports-fixture';
import { fixtureUnitPlans } from '../../support/reports-register';
import { openPage, type OpenPage } from './browser';

/** The register's unit with its 2025 plan (the year before's six reports, for the comparisons) and an empty 2026 plan. */
export function registerPlans(repos: Repositories) {
  const { unit, categories, plans } = fixtureUnitPlans(repos);
  const [previous, plan] = plans as [(typeof plans)[0], (typeof plans)[0]];
  for (const report of PREVIOUS_YEAR) {
    repos.reports.create(
      previous.id,
      {
        receivedOn: report.receivedOn,
        kind: report.kind,
        categoryId: categories.find((category) => category.kind === report.kind && category.name === report.category)!.id,
        channel: null,
        anonymous: report.anonymous ?? false,
        caseRef: `R-${report.n}`,
        subject: `Rapport ${report.n}`,
        description: '',
        processId: previous.processes.find((process) => process.name === report.process)?.id ?? null,
        qualityAreaIds: [],
      },
      'EC',
    );
  }
  return { unit, plan };
}

/** The register's screen with the plan chosen, as after a restart with the plan remembered. */
export async function openReports(browser: Browser, url: string, planId: string): Promise<OpenPage> {
  const opened = await openPage(browser, url);
  const { page } = opened;
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.evaluate((id) => localStorage.setItem('kvalitetshjulet.currentPlanId', id), planId);
  await page.goto(`${url}#/reports`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Avvikelser och klagomål' }).waitFor();
  return opened;
}

/** What a select's type-ahead needs: the label up to its first letter outside ASCII or its first space. */
const prefix = (label: string) => /^[A-Za-z-]+/.exec(label)?.[0] ?? label;

const KIND_LABEL = { avvikelse: 'Avvikelse', klagomal: 'Klagomål', synpunkt: 'Synpunkt', lex_sarah: 'Lex Sarah-rapport', tillsyn: 'Tillsynsärende' } as const;

/** Chooses an option of the focused select by typing, as a keyboard user does: Home, then the first letters. */
async function choose(page: Page, label: string | null): Promise<void> {
  await page.keyboard.press('Home');
  if (label) await page.keyboard.type(prefix(label));
}

/**
 * One report through the new report form by keyboard alone, from its first field: each
 * field in turn with Tab, the options by typing, the check boxes with Space, Enter saves.
 * areaOrder is the kvalitetsområden in the order the form lists them.
 */
export async function typeReport(page: Page, report: FixtureReport, areaOrder: readonly string[]): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(report.receivedOn);
  await page.keyboard.press('Tab');
  await choose(page, KIND_LABEL[report.kind]);
  await page.keyboard.press('Tab');
  await choose(page, report.category);
  await page.keyboard.press('Tab'); // how it came in: not given
  await page.keyboard.press('Tab');
  if (hasSender(report.kind)) {
    if (report.anonymous) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type(`Rapport ${report.n}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`Händelse nummer ${report.n}`);
  await page.keyboard.press('Tab');
  await choose(page, report.process);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`R-${report.n}`);
  const last = Math.max(-1, ...report.areas.map((area) => areaOrder.indexOf(area)));
  for (let index = 0; index <= last; index++) {
    await page.keyboard.press('Tab');
    if (report.areas.includes(areaOrder[index] as FixtureReport['areas'][number])) await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
}

export interface StoredReport {
  kind: string;
  received_on: string;
  subject: string;
  description: string;
  case_ref: string;
  anonymous: number;
  category: string | null;
  process: string | null;
  areas: string | null;
  status: string;
  serious: number | null;
  ivo_reported_on: string | null;
  ivo_reference: string;
  closed_on: string | null;
}

/** A second connection on the app's file: what is stored, read the way another program would. */
export class ReportsReader {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  count(planId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM reports WHERE plan_id = ?').get(planId) as { n: number }).n;
  }

  byCaseRef(caseRef: string): StoredReport | undefined {
    return this.db
      .prepare(
        `SELECT r.kind, r.received_on, r.subject, r.description, r.case_ref, r.anonymous, c.name AS category, p.name AS process, r.status, r.serious,
                r.ivo_reported_on, r.ivo_reference, r.closed_on,
                (SELECT group_concat(q.name, '|') FROM (SELECT qa.name FROM report_quality_areas rq JOIN quality_areas qa ON qa.id = rq.quality_area_id
                   WHERE rq.report_id = r.id ORDER BY qa.name) q) AS areas
         FROM reports r LEFT JOIN report_categories c ON c.id = r.category_id LEFT JOIN processes p ON p.id = r.process_id
         WHERE r.case_ref = ?`,
      )
      .get(caseRef) as StoredReport | undefined;
  }

  idByCaseRef(caseRef: string): string {
    return (this.db.prepare('SELECT id FROM reports WHERE case_ref = ?').get(caseRef) as { id: string }).id;
  }

  close(): void {
    this.db.close();
  }
}
