import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import type { Repositories } from '../../../db/repositories';
import type { ChecklistItemInput } from '../../../shared/checklists/item';
import { TemplateContent } from '../../../shared/checklists/template';
import { checklistPlan } from '../../support/checklist-fixture';
import { openPage, type OpenPage } from './browser';

export const CHECKLIST_ACTOR = 'Kim Testsson';

/** The seven items of the run test, one of every kind and two yes/no items. */
export const SEVEN_ITEMS = [
  'Har frågan om våld ställts?',
  'Finns en utredningsplan?',
  'Dagar till inledd utredning',
  'När inleddes utredningen?',
  'Vem gjorde anmälan?',
  'Vilka har lämnat uppgifter?',
  'Kort notering',
] as const;

export const REPORTERS = ['Vårdnadshavare', 'Skola', 'Polis'] as const;
export const SOURCES = ['Barnet', 'Vårdnadshavare', 'Skola', 'Annan'] as const;

/**
 * The checklist fixture's plan (its controls and the "Ärendedragning" checklist) and a second
 * checklist of seven items: two yes/no, a number, a date, a single and a multiple choice, a text.
 */
export function sevenItemPlan(repos: Repositories) {
  repos.settings.setUserName(CHECKLIST_ACTOR);
  const fixture = checklistPlan(repos);
  const items: ChecklistItemInput[] = [
    { kind: 'yes_no_na', text: SEVEN_ITEMS[0], deviationText: 'där frågan om våld inte har ställts', controlId: fixture.violence, aggregation: 'share_yes' },
    { kind: 'yes_no_na', text: SEVEN_ITEMS[1], deviationText: 'saknar utredningsplan' },
    { kind: 'number', text: SEVEN_ITEMS[2], unit: 'dagar', min: 0, max: 365, controlId: fixture.days, aggregation: 'median' },
    { kind: 'date', text: SEVEN_ITEMS[3] },
    { kind: 'single_choice', text: SEVEN_ITEMS[4], choices: [...REPORTERS] },
    { kind: 'multiple_choice', text: SEVEN_ITEMS[5], choices: [...SOURCES] },
    { kind: 'short_text', text: SEVEN_ITEMS[6] },
  ];
  const sevenId = repos.checklists.templates.create(fixture.plan.id, TemplateContent.parse({ name: 'Sju frågor', items }), CHECKLIST_ACTOR);
  return { ...fixture, sevenId };
}

/**
 * A second connection on the database file, read-only: what it sees has been committed to
 * the file by the app, not only held in the app's memory.
 */
export class DatabaseReader {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  latestRunId(): string | undefined {
    return (this.db.prepare('SELECT id FROM checklist_runs ORDER BY created_at DESC LIMIT 1').get() as { id: string } | undefined)?.id;
  }

  caseRefs(runId: string): string[] {
    return (this.db.prepare('SELECT case_ref FROM run_cases WHERE run_id = ? ORDER BY position').all(runId) as Array<{ case_ref: string }>).map(
      (row) => row.case_ref,
    );
  }

  /** The stored answer to an item (by its text in the run's version) in the case with this reference. */
  answer(runId: string, caseRef: string, itemText: string): { value: unknown; comment: string } | undefined {
    const row = this.db
      .prepare(
        `SELECT a.value, a.comment FROM answers a
         JOIN run_cases c ON c.id = a.case_id
         JOIN checklist_runs r ON r.id = c.run_id
         JOIN checklist_items i ON i.id = a.item_id AND i.version_id = r.version_id
         WHERE c.run_id = ? AND c.case_ref = ? AND i.text = ?`,
      )
      .get(runId, caseRef, itemText) as { value: string; comment: string } | undefined;
    return row ? { value: JSON.parse(row.value) as unknown, comment: row.comment } : undefined;
  }

  answerCount(runId: string): number {
    return (
      this.db.prepare('SELECT count(*) AS n FROM answers a JOIN run_cases c ON c.id = a.case_id WHERE c.run_id = ?').get(runId) as { n: number }
    ).n;
  }

  finishedAt(runId: string): string | null {
    return (this.db.prepare('SELECT finished_at FROM checklist_runs WHERE id = ?').get(runId) as { finished_at: string | null }).finished_at;
  }

  close(): void {
    this.db.close();
  }
}

/** Polls until read() gives a value that passes check, or fails naming what it waited for. */
export async function until<T>(what: string, read: () => T, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  let value = read();
  while (!check(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`Waited in vain for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = read();
  }
  return value;
}

/** The app on Checklistor with the plan chosen, as after a restart with the plan remembered. */
export async function openChecklists(browser: Browser, url: string, planId: string): Promise<OpenPage> {
  const opened = await openPage(browser, url);
  const { page } = opened;
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.evaluate((id) => localStorage.setItem('kvalitetshjulet.currentPlanId', id), planId);
  await page.goto(`${url}#/checklists`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Checklistor' }).waitFor();
  return opened;
}

/** What has the focus in a run: "ref", "next", an item's question, or the element's own name. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    if (element.closest('.cl-ref')) return 'ref';
    if (element.classList.contains('cl-next')) return 'next';
    const item = element.closest('.cl-item');
    if (item) return item.querySelector('.cl-item__text')?.textContent ?? '';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });
}

export async function waitForFocus(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return false;
      if (name === 'ref') return element.closest('.cl-ref') !== null;
      if (name === 'next') return element.classList.contains('cl-next');
      return element.closest('.cl-item')?.querySelector('.cl-item__text')?.textContent === name;
    },
    expected,
    { timeout: 5000 },
  );
}

/** Presses Tab (or Shift+Tab) until the focused element has this accessible name, as a keyboard user would. */
export async function tabTo(page: Page, name: string, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 60); i++) {
    if ((await focused(page)) === name) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}"; the focus is on "${await focused(page)}"`);
}
