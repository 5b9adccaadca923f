import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { levelOf, needsControl } from '../../shared/risk-matrix/grid';
import { planMatrixChange, swedishChangeSummary } from '../../shared/risk-matrix/impact';
import type { Assessment, RiskMatrix } from '../../shared/risk-matrix/matrix';
import { matrixPresets } from '../../shared/risk-matrix/presets';
import { resizeMatrix } from '../../shared/risk-matrix/resize';
import { tempDbFile } from '../support/temp-db';
import { openPage } from './support/browser';
import {
  allRisks,
  backgroundOf,
  cell,
  focusedSelector,
  legendItem,
  MATRIX_ACTOR,
  matrixStatus,
  matrixTestPlan,
  openRiskMatrix,
  rgb,
  RISK_TEXTS,
  riskByText,
  tabUntil,
} from './support/risk-matrix';
import { e2eSession } from './support/e2e-session';
import { startWebApp, type RunningWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

interface Session {
  app: RunningWebApp;
  services: AppServices;
  planId: string;
  page: Page;
  errors: string[];
}

async function start(prepare?: (services: AppServices, planId: string) => void): Promise<Session> {
  let planId = '';
  const app = await startWebApp(tempDbFile(), (services) => {
    planId = matrixTestPlan(services.repos);
    prepare?.(services, planId);
  });
  runningApps.push(app);
  const opened = await openRiskMatrix(e2e.browser, app.harness.url, planId);
  openPages.push(opened);
  return { app, services: app.services, planId, page: opened.page, errors: opened.errors };
}

const risk = (session: Session, index: number) => riskByText(session.services.repos, session.planId, RISK_TEXTS[index]!);
const matrixOf = (session: Session) => session.services.repos.planDetail(session.planId).matrix;
const stockholm = () => matrixPresets.find((preset) => preset.id === 'stockholm5x5')!.build();

async function announced(page: Page, text: string): Promise<void> {
  await matrixStatus(page).filter({ hasText: text }).waitFor();
}

describe('the risk matrix by keyboard alone', () => {
  it('places an unassessed risk, moves it, sets its residual and clears it, saving each step', async () => {
    const session = await start();
    const { page } = session;
    const target = risk(session, 2); // risk 3, not assessed at all
    expect(target.inherent).toBeNull();

    await page.getByRole('heading', { level: 1 }).focus();
    await tabUntil(page, `[data-tray-risk="${target.id}"]`);
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 är vald (före åtgärd)');
    expect(await focusedSelector(page)).toBe('cell 1-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    expect(await focusedSelector(page)).toBe('cell 3-2');
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 placerad före åtgärd: sannolikhet 3, konsekvens 2 – Måttlig.');
    expect(risk(session, 2).inherent).toEqual({ likelihood: 3, consequence: 2 });
    expect(await cell(page, 3, 2).getByRole('button', { name: /^Risk 3:/ }).count()).toBe(1);

    // Move it: Enter picks the risk standing in the focused cell, arrows move, Space places.
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 är vald');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    await announced(page, 'Risk 3 placerad före åtgärd: sannolikhet 4, konsekvens 4 – Mycket hög.');
    expect(risk(session, 2).inherent).toEqual({ likelihood: 4, consequence: 4 });

    // Escape puts a picked risk back without saving anything.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await announced(page, 'Ingen risk flyttades.');
    expect(risk(session, 2).inherent).toEqual({ likelihood: 4, consequence: 4 });

    // The residual: switch stage with the arrow keys of the radio group, then pick the risk from the list.
    await tabUntil(page, 'input[type="radio"]:checked', { backwards: true });
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Efter åtgärd' }).isChecked()).toBe(true);
    await tabUntil(page, `[data-legend-risk="${target.id}"]`);
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 är vald (efter åtgärd)');
    expect(await focusedSelector(page)).toBe('cell 4-4'); // starts where the risk is before measures
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 placerad efter åtgärd: sannolikhet 2, konsekvens 3 – Måttlig.');
    expect(risk(session, 2)).toMatchObject({ inherent: { likelihood: 4, consequence: 4 }, residual: { likelihood: 2, consequence: 3 } });
    await legendItem(page, target.id).getByText('Efter åtgärd: Måttlig (2×3)').waitFor();

    // Clear it: Enter picks the risk just placed (risk 1 shares the cell), Delete asks first, Escape keeps it.
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 är vald (efter åtgärd)');
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 1 är vald (efter åtgärd)');
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 är vald (efter åtgärd)');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Ta bort bedömningen av risk 3?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(risk(session, 2).residual).toEqual({ likelihood: 2, consequence: 3 });

    await page.keyboard.press('Delete');
    await dialog.waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await announced(page, 'Risk 3 är inte längre bedömd efter åtgärd.');
    expect(risk(session, 2)).toMatchObject({ inherent: { likelihood: 4, consequence: 4 }, residual: null });
    await page.locator(`[data-tray-risk="${target.id}"]`).waitFor();
    expect(await focusedSelector(page)).toBe('cell 2-3');
    expect(session.errors).toEqual([]);
  });
});

describe('the risk matrix by drag and drop', () => {
  it('places a risk dragged from the tray, moves a chip, and clears one dropped on the tray after confirming', async () => {
    const session = await start();
    const { page } = session;
    const unassessed = risk(session, 2);
    // At 1280 × 800 the tray and the map's lower rows fit on screen together once the tray is scrolled into view.
    await page.getByRole('region', { name: 'Ej bedömda före åtgärd' }).scrollIntoViewIfNeeded();

    await page.locator(`[data-tray-risk="${unassessed.id}"]`).dragTo(cell(page, 2, 4));
    await announced(page, 'Risk 3 placerad före åtgärd: sannolikhet 2, konsekvens 4 – Hög.');
    expect(risk(session, 2).inherent).toEqual({ likelihood: 2, consequence: 4 });

    const chip = cell(page, 4, 2).getByRole('button', { name: /^Risk 2:/ });
    await chip.dragTo(cell(page, 1, 1));
    await announced(page, 'Risk 2 placerad före åtgärd: sannolikhet 1, konsekvens 1 – Låg.');
    expect(risk(session, 1).inherent).toEqual({ likelihood: 1, consequence: 1 });

    await cell(page, 1, 1).getByRole('button', { name: /^Risk 2:/ }).dragTo(page.getByRole('region', { name: 'Ej bedömda före åtgärd' }));
    await page.getByRole('dialog', { name: 'Ta bort bedömningen av risk 2?' }).getByRole('button', { name: 'Ta bort bedömningen' }).click();
    await announced(page, 'Risk 2 är inte längre bedömd före åtgärd.');
    expect(risk(session, 1).inherent).toBeNull();
    expect(session.errors).toEqual([]);
  });
});

/** Every risk's badges and every cell show the level levelOf gives in the stored matrix. */
async function expectLevelsShown(session: Session, matrix: RiskMatrix): Promise<void> {
  const { page } = session;
  for (const stored of allRisks(session.services.repos.planDetail(session.planId))) {
    const badges = legendItem(page, stored.id).locator('.risk-badge');
    for (const [index, stage] of (['inherent', 'residual'] as const).entries()) {
      const assessment = stored[stage];
      const badge = badges.nth(index);
      const name = stage === 'inherent' ? 'Före åtgärd' : 'Efter åtgärd';
      if (!assessment) {
        expect(await badge.innerText()).toBe(`${name}: ej bedömd`);
        continue;
      }
      const level = levelOf(matrix, assessment)!;
      expect(await badge.innerText(), stored.text).toBe(`${name}: ${level.name} (${assessment.likelihood}×${assessment.consequence})`);
      expect(await backgroundOf(badge), stored.text).toBe(rgb(level.color));
    }
  }
  for (let l = 1; l <= matrix.likelihood.length; l++) {
    for (let c = 1; c <= matrix.consequence.length; c++) {
      const level = levelOf(matrix, { likelihood: l, consequence: c })!;
      expect(await backgroundOf(cell(page, l, c)), `${l}-${c}`).toBe(rgb(level.color));
      expect(await cell(page, l, c).getAttribute('aria-label')).toContain(`Risknivå ${level.name}.`);
    }
  }
}

describe('customising the matrix', () => {
  it('shows the right level and colour for every risk on a 5 × 5 matrix with custom labels and grid; a grid edit changes levels, never assessments', async () => {
    const session = await start();
    const { page } = session;
    const assessmentsBefore = allRisks(session.services.repos.planDetail(session.planId)).map(({ inherent, residual }) => ({ inherent, residual }));

    await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
    await page.getByLabel('Färdig matris', { exact: true }).selectOption({ label: 'Fem steg (som Stockholms stad)' });
    await page.getByRole('button', { name: 'Använd den här matrisen' }).click();
    await page.getByLabel('Benämning, sannolikhet 5').fill('5 – Nästan säkert');
    await page.getByLabel('Beskrivning, sannolikhet 5').fill('Händer varje dag.');
    await page.getByLabel('Benämning, konsekvens 1').fill('1 – Obetydlig');
    await page.getByLabel('Namn, nivå 4').fill('Kritisk');
    await page.getByLabel('Färg, nivå 4').fill('#6a1b9a');
    await page.locator('[data-grid-cell="5-1"]').selectOption({ label: 'Hög' });
    await page.locator('[data-grid-cell="4-2"]').selectOption({ label: 'Kritisk' });
    await page.locator('[data-grid-cell="1-4"]').selectOption({ label: 'Hög' });
    await page.getByRole('button', { name: 'Förhandsgranska ändringen' }).click();
    await page.getByRole('heading', { name: 'Så här påverkas bedömningarna' }).waitFor();
    await page.getByRole('button', { name: 'Spara matrisen' }).click();
    await announced(page, 'Riskmatrisen är sparad.');

    const expected = stockholm();
    expected.likelihood[4] = { label: '5 – Nästan säkert', description: 'Händer varje dag.' };
    expected.consequence[0] = { ...expected.consequence[0]!, label: '1 – Obetydlig' };
    expected.riskLevels[3] = { name: 'Kritisk', color: '#6a1b9a' };
    expected.grid[4]![0] = 2;
    expected.grid[3]![1] = 3;
    expected.grid[0]![3] = 2;
    const stored = matrixOf(session);
    expect(stored).toEqual(expected);
    // Every stored assessment fits in 5 × 5, so none moved.
    expect(allRisks(session.services.repos.planDetail(session.planId)).map(({ inherent, residual }) => ({ inherent, residual }))).toEqual(
      assessmentsBefore,
    );
    expect(await page.getByRole('rowheader', { name: '5 – Nästan säkert' }).getAttribute('title')).toBe('Händer varje dag.');
    await page.getByRole('columnheader', { name: '1 – Obetydlig' }).waitFor();
    expect(levelOf(stored, { likelihood: 4, consequence: 2 })?.name).toBe('Kritisk'); // risk 2, by the custom grid
    await expectLevelsShown(session, stored);

    // One grid cell where risk 1 stands (3 × 3): its level changes, its assessment does not.
    await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
    await page.locator('[data-grid-cell="3-3"]').selectOption({ label: 'Låg' });
    await page.getByRole('button', { name: 'Förhandsgranska ändringen' }).click();
    const preview = page.getByRole('region', { name: 'Så här påverkas bedömningarna' });
    await preview.waitFor();
    expect(await preview.locator('p').first().innerText()).toBe('1 bedömning får ny risknivå. Inga bedömningar går förlorade.');
    expect(await preview.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining(RISK_TEXTS[0])]);
    await page.getByRole('button', { name: 'Spara matrisen' }).click();
    await announced(page, 'Riskmatrisen är sparad.');
    expect(matrixOf(session).grid[2]![2]).toBe(0);
    expect(risk(session, 0).inherent).toEqual({ likelihood: 3, consequence: 3 });
    await legendItem(page, risk(session, 0).id).getByText('Före åtgärd: Låg (3×3)').waitFor();
    await expectLevelsShown(session, matrixOf(session));
    expect(session.errors).toEqual([]);
  });

  it('shows the preview of a shrunk matrix with the rescaled risks; cancelling saves nothing, confirming moves them and loses none', async () => {
    const session = await start();
    const { page } = session;
    const before = session.services.repos.planDetail(session.planId);
    const smaller = resizeMatrix(before.matrix, 3, 3);
    const expectedPlan = planMatrixChange(before.matrix, smaller, allRisks(before));
    const rescaledTexts = expectedPlan.changes.filter((change) => change.rescaled).map((change) => change.text);
    expect(rescaledTexts.length).toBeGreaterThan(0);

    async function shrinkAndPreview() {
      await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
      await page.getByLabel('Antal nivåer för sannolikhet').selectOption('3');
      await page.getByLabel('Antal nivåer för konsekvens').selectOption('3');
      await page.getByRole('button', { name: 'Förhandsgranska ändringen' }).click();
      const preview = page.getByRole('region', { name: 'Så här påverkas bedömningarna' });
      await preview.waitFor();
      return preview;
    }

    await cell(page, 4, 4).click(); // the keyboard cursor now stands where the matrix will shrink away
    let preview = await shrinkAndPreview();
    expect(await preview.locator('p').first().innerText()).toBe(swedishChangeSummary(expectedPlan));
    const marked = preview.locator('tbody tr', { hasText: 'Flyttas till den nya skalan' });
    expect(await marked.count()).toBe(rescaledTexts.length);
    for (const [index, text] of rescaledTexts.entries()) expect(await marked.nth(index).innerText()).toContain(text);

    await preview.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('grid').waitFor();
    expect(session.services.repos.planDetail(session.planId).matrix).toEqual(before.matrix);
    expect(allRisks(session.services.repos.planDetail(session.planId))).toEqual(allRisks(before));
    expect(await cell(page, 4, 4).count()).toBe(1);

    // Someone assesses a risk meanwhile: saving is refused, the user sees why and a fresh preview.
    preview = await shrinkAndPreview();
    session.services.repos.risks.assess(risk(session, 2).id, 'inherent', { likelihood: 4, consequence: 1 }, MATRIX_ACTOR);
    await page.getByRole('button', { name: 'Spara matrisen' }).click();
    await page.getByRole('alert').getByText('Bedömningarna har ändrats sedan förhandsvisningen.', { exact: false }).waitFor();
    const current = session.services.repos.planDetail(session.planId);
    const freshPlan = planMatrixChange(current.matrix, smaller, allRisks(current));
    await preview.locator('p', { hasText: swedishChangeSummary(freshPlan) }).waitFor();
    expect(matrixOf(session).likelihood).toHaveLength(4);

    await page.getByRole('button', { name: 'Spara matrisen' }).click();
    await announced(page, 'Riskmatrisen är sparad.');
    const after = session.services.repos.planDetail(session.planId);
    expect(after.matrix).toEqual(smaller);
    const fit = (value: Assessment | null) => value && { likelihood: Math.min(value.likelihood, 3), consequence: Math.min(value.consequence, 3) };
    expect(allRisks(after).map(({ inherent, residual }) => ({ inherent, residual }))).toEqual(
      allRisks(current).map(({ inherent, residual }) => ({ inherent: fit(inherent), residual: fit(residual) })),
    );
    expect(await cell(page, 4, 4).count()).toBe(0);
    expect(await page.locator('[data-cell][tabindex="0"]').getAttribute('data-cell')).toBe('3-3');
    await expectLevelsShown(session, after.matrix);
    expect(session.errors).toEqual([]);
  });

  it('shows the Swedish validation message for an invalid matrix and saves nothing', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
    await page.getByLabel('Benämning, konsekvens 2').fill('  ');
    await page.getByRole('button', { name: 'Förhandsgranska ändringen' }).click();
    await page.getByRole('alert').getByText('Varje nivå behöver en benämning.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara matrisen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(matrixOf(session).consequence[1]?.label).toBe('2 – Kännbar/Måttlig');
    expect(session.errors).toEqual([]);
  });
});

describe('filters and flags', () => {
  it('narrow the map and the list by process and quality area, and flag risks over the threshold without a control', async () => {
    const session = await start();
    const { page } = session;
    const numbers = () => page.locator('.rm-legend__item .rm-number').allInnerTexts();
    const chips = () => page.locator('[data-cell] button.rm-chip').allInnerTexts();
    expect(await numbers()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect((await chips()).sort()).toEqual(['1', '2', '4', '5', '6']);

    const detail = session.services.repos.planDetail(session.planId);
    const flagged = allRisks(detail)
      .map((stored, index) => ({ stored, number: String(index + 1) }))
      .filter(({ stored }) => needsControl(detail.matrix, stored.inherent) && stored.controls.length === 0)
      .map(({ number }) => number);
    expect(flagged).toEqual(['2', '5']);
    const flaggedShown = await page
      .locator('.rm-legend__item', { has: page.getByText('Saknar egenkontroll') })
      .locator('.rm-number')
      .allInnerTexts();
    expect(flaggedShown).toEqual(flagged);

    await page.getByLabel('Process').selectOption({ label: 'Utredning' });
    expect(await numbers()).toEqual(['4', '5', '6']);
    expect((await chips()).sort()).toEqual(['4', '5', '6']);
    expect(await page.locator('[data-cell] .rm-chip--other').allInnerTexts()).toEqual(expect.arrayContaining(['4', '5']));
    expect(await page.locator('[data-tray-risk]').count()).toBe(0);

    await page.getByLabel('Process').selectOption({ label: 'Alla processer' });
    await page.getByLabel('Kvalitetsområde').selectOption({ label: 'Trygghet och säkerhet' });
    expect(await numbers()).toEqual(['1', '5']);
    expect((await chips()).sort()).toEqual(['1', '5']);

    await page.getByLabel('Process').selectOption({ label: 'Förhandsbedömning' });
    expect(await numbers()).toEqual(['1']);
    await page.getByLabel('Kvalitetsområde').selectOption({ label: 'Självbestämmande och integritet' });
    expect(await numbers()).toEqual(['3']);
    expect(await chips()).toEqual([]);
    expect(await page.locator('[data-tray-risk]').count()).toBe(1);

    await page.getByLabel('Process').selectOption({ label: 'Alla processer' });
    await page.getByLabel('Kvalitetsområde').selectOption({ label: 'Alla kvalitetsområden' });
    expect(await numbers()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(session.errors).toEqual([]);
  });
});

describe('a locked plan', () => {
  it('shows the matrix read-only with a banner that points to Kvalitetsplan', async () => {
    const session = await start((services, planId) => services.repos.lifecycle.setStatus(planId, 'adopted', MATRIX_ACTOR));
    const { page } = session;
    const before = session.services.repos.planDetail(session.planId);

    await page.getByText('Planen är fastställd och kan inte ändras.').waitFor();
    expect(await page.getByRole('link', { name: 'Gå till Kvalitetsplan' }).getAttribute('href')).toBe('#/quality-plan');
    expect(await page.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByRole('button', { name: 'Anpassa riskmatrisen' }).count()).toBe(0);
    expect(await page.locator('[data-legend-risk], [data-tray-risk], button.rm-chip, [draggable="true"]').count()).toBe(0);
    expect(await cell(page, 4, 2).locator('.rm-chip').innerText()).toBe('2');

    // The grid can still be read cell by cell, but Enter and Delete change nothing.
    await cell(page, 4, 2).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    expect(await focusedSelector(page)).toBe('cell 3-2');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(session.services.repos.planDetail(session.planId)).toEqual(before);
    await expectLevelsShown(session, before.matrix);
    expect(session.errors).toEqual([]);
  });
});

describe('without a chosen plan', () => {
  it('says so and links to Kvalitetsplan', async () => {
    const app = await startWebApp(tempDbFile());
    runningApps.push(app);
    const opened = await openPage(e2e.browser, `${app.harness.url}#/risk-matrix`);
    openPages.push(opened);
    const { page, errors } = opened;
    await page.getByRole('heading', { level: 1, name: 'Riskmatris' }).waitFor();
    await page.getByText('Du har inte valt någon kvalitetsplan att arbeta med ännu.').waitFor();
    expect(await page.getByRole('link', { name: 'Välj en plan under Kvalitetsplan' }).getAttribute('href')).toBe('#/quality-plan');
    expect(await page.getByRole('grid').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
