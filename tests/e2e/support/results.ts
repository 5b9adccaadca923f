import type { Browser, Locator, Page } from 'playwright-core';
import type { Repositories } from '../../../db/repositories';
import { ACTOR, checklistPlan, runWith } from '../../support/checklist-fixture';
import type { OpenPage } from './browser';

export const RESULTS_USER = 'Kim Testsson';

/** The controls of tests/support/checklist-fixture.ts, as their definitions read on screen. */
export const CONTROLS = {
  violence: 'Andel ärenden där frågan om våld ställts',
  days: 'Dagar till inledd utredning (median)',
  within: 'Andel förhandsbedömningar inom 14 dagar',
  lexSarah: 'Antal lex Sarah-rapporter',
} as const;

/**
 * Answers per run, by case: [våld (yes/no/na), days to investigation, days of förhandsbedömning].
 * Chosen so every figure below can be counted by hand, and so that runs fall on both sides
 * of the month, tertial and year borders.
 */
export const RUNS_2026: Array<[date: string, cases: unknown[][]]> = [
  ['2026-01-01', [['yes', 10, 10], ['yes', 12, 20], ['na']]],
  ['2026-01-31', [['yes', 8, 14], ['no', 30, 5], ['na']]],
  ['2026-04-30', [['yes', 10, 3], ['no', 20, 14], ['na']]],
  ['2026-05-01', [['yes', 40, 30], ['yes', 2, 1]]],
  ['2026-12-31', [['no', 5, 7]]],
];

/**
 * A unit with a 2025 plan, its 2026 plan rolled over from it and a 2027 plan rolled over
 * from 2026, each with its own runs. The screens look at 2026; 31 December 2025 and
 * 1 January 2027 lie just outside its year.
 */
export function resultsTestPlans(repos: Repositories) {
  repos.settings.setUserName(RESULTS_USER);
  const first = checklistPlan(repos, 2025, 'Barn och unga – resultattest');
  runWith(repos, first.templateId, '2025-12-31', [['yes'], ['no'], ['no'], ['no']]);
  const planId = repos.lifecycle.rollover(first.plan.id, ACTOR);
  const templateId = repos.checklists.templates.list(planId)[0]!.id;
  for (const [date, cases] of RUNS_2026) runWith(repos, templateId, date, cases);
  const nextPlanId = repos.lifecycle.rollover(planId, ACTOR);
  runWith(repos, repos.checklists.templates.list(nextPlanId)[0]!.id, '2027-01-01', [['yes'], ['yes'], ['yes']]);

  const detail = repos.planDetail(planId);
  const risk = detail.processes[0]!.risks[0]!.id;
  repos.actions.create(risk, { text: 'Inför en mall för våldsfrågan', owner: 'EC', dueDate: '2026-03-31', status: 'in_progress', followUp: '' }, ACTOR);
  repos.actions.create(risk, { text: 'Utbilda gruppen i barnsamtal', owner: 'GL', dueDate: '2026-02-28', status: 'done', followUp: '' }, ACTOR);
  repos.actions.create(risk, { text: 'Se över rutinen för förhandsbedömning', owner: 'EC', dueDate: '2026-05-31', status: 'not_started', followUp: '' }, ACTOR);
  return { planId, templateId };
}

/**
 * The app opened as on the given local day, with the plan (if any) remembered as the current one
 * and the given section showing. The fixed clock gives every test the same "today".
 */
export async function openAt(browser: Browser, url: string, planId: string | null, today: string, hash: string): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
  await context.clock.setFixedTime(new Date(`${today}T10:00:00`));
  if (planId) await context.addInitScript((id) => localStorage.setItem('kvalitetshjulet.currentPlanId', id), planId);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Shorter than the test's own limit, so a failure names the step that waited in vain.
  page.setDefaultTimeout(10_000);
  await page.goto(`${url}${hash}`);
  return { page, errors, close: () => context.close() };
}

/** The results table's row of a control. */
export function controlRow(page: Page, definition: string): Locator {
  return page.locator('.rs-table tbody tr[data-row]').filter({ has: page.getByRole('button', { name: definition, exact: true }) });
}

/** The cells of a row as the user reads them, whitespace tidied. */
export async function cellTexts(row: Locator): Promise<string[]> {
  const texts = await row.locator('th, td').allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

/** A row of the "Resultat per period" table, by the period's key (2026-01, 2026-T2, 2026). */
export function periodRow(page: Page, key: string): Locator {
  return page.locator(`.rs-periods tr[data-period="${key}"]`);
}

export async function choosePeriodKind(page: Page, label: string): Promise<void> {
  await page.getByRole('group', { name: 'Visa resultat per' }).getByLabel(label, { exact: true }).check();
}
