import type { Browser, Locator, Page } from 'playwright-core';
import { demoPlanContent } from '../../../db/demo-content';
import type { Repositories } from '../../../db/repositories';
import type { PlanDetail, RiskDetail } from '../../../shared/domain/plan-detail';
import { newPlanContent } from '../../../shared/domain/new-plan';
import type { Assessment } from '../../../shared/risk-matrix/matrix';
import { openPage, type OpenPage } from './browser';

export const MATRIX_ACTOR = 'Kim Testsson';

const at = (likelihood: number, consequence: number): Assessment => ({ likelihood, consequence });

/** The risks of the test plan, numbered 1–6 on the screen in this order. */
export const RISK_TEXTS = [
  'Förhandsbedömningen dröjer mer än 14 dagar',
  'Anmälan registreras inte samma dag',
  'Barnet hörs inte i utredningen',
  'Utredningsplan saknas',
  'Frågan om våld ställs inte',
  'Ingen uppföljning efter avslutad insats',
] as const;

/**
 * A draft plan on Socialstyrelsen's 4 × 4 matrix with two processes and six risks:
 * assessed at both stages, at one stage, not at all, with and without a control.
 */
export function matrixTestPlan(repos: Repositories): string {
  repos.settings.setUserName(MATRIX_ACTOR);
  const unit = repos.units.create('Barn och unga – testenheten');
  // Borrowed from the demo plan, so the test follows the control's shape wherever it goes.
  const control = demoPlanContent().processes[0]!.risks[0]!.controls[0]!;
  const risk = (text: string, areas: string[], inherent: Assessment | null, residual: Assessment | null, controls = 0) => ({
    text,
    owner: '',
    qualityAreas: areas,
    inherent,
    residual,
    controls: Array.from({ length: controls }, () => control),
    actions: [],
  });
  const [r1, r2, r3, r4, r5, r6] = RISK_TEXTS;
  return repos.lifecycle.createWithContent(
    unit.id,
    2026,
    'Kvalitetsplan 2026 – testenheten',
    {
      ...newPlanContent(),
      processes: [
        {
          name: 'Förhandsbedömning',
          group: 'main',
          responsibleTeam: 'Mottagningen',
          risks: [
            risk(r1, ['Trygghet och säkerhet'], at(3, 3), at(2, 3), 1),
            risk(r2, ['Tillgänglighet'], at(4, 2), null),
            risk(r3, ['Självbestämmande och integritet'], null, null),
          ],
        },
        {
          name: 'Utredning',
          group: 'main',
          responsibleTeam: 'Utredningsgruppen',
          risks: [
            risk(r4, ['Kunskapsbaserad verksamhet'], at(2, 2), at(1, 2)),
            risk(r5, ['Trygghet och säkerhet'], at(4, 4), at(3, 4)),
            risk(r6, ['Helhetssyn och samordning'], at(1, 4), null),
          ],
        },
      ],
    },
    MATRIX_ACTOR,
  );
}

export function allRisks(detail: PlanDetail): RiskDetail[] {
  return detail.processes.flatMap((process) => process.risks);
}

export function riskByText(repos: Repositories, planId: string, text: string): RiskDetail {
  const found = allRisks(repos.planDetail(planId)).find((risk) => risk.text === text);
  if (!found) throw new Error(`No risk "${text}" in the plan`);
  return found;
}

/** The app on the Riskmatris screen with the plan chosen, as after a restart with the plan remembered. */
export async function openRiskMatrix(browser: Browser, url: string, planId: string): Promise<OpenPage> {
  const opened = await openPage(browser, url);
  const { page } = opened;
  // Shorter than the test's own limit, so a failure names the step that waited in vain.
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.evaluate((id) => localStorage.setItem('kvalitetshjulet.currentPlanId', id), planId);
  await page.goto(`${url}#/risk-matrix`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Riskmatris' }).waitFor();
  await page.getByRole('grid').waitFor();
  return opened;
}

export function cell(page: Page, likelihood: number, consequence: number): Locator {
  return page.locator(`[data-cell="${likelihood}-${consequence}"]`);
}

/** The live status line above the map. */
export function matrixStatus(page: Page): Locator {
  return page.locator('.rm-status [role="status"]');
}

export function legendItem(page: Page, riskId: string): Locator {
  return page.locator(`.rm-legend__item[data-risk="${riskId}"]`);
}

/** Presses Tab (or Shift+Tab) until the focused element matches the selector, as a keyboard user would. */
export async function tabUntil(page: Page, selector: string, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 80); i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function focusedSelector(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.dataset.cell ? `cell ${element.dataset.cell}` : (element?.textContent ?? null);
  });
}

/** "#c62828" as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

export async function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).backgroundColor);
}
