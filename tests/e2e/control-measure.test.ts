import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../support/temp-db';
import { fillFixtureRegister } from '../support/reports-register';
import { openTab } from './support/plan-editor-ui';
import { cellTexts, controlRow, openAt } from './support/results';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();
const CONTROL = 'Andel klagomål med återkoppling i tid';

function storedMeasures(file: string): unknown[] {
  const reader = new Database(file, { readonly: true });
  try {
    return reader
      .prepare('SELECT m.kind, m.metric, m.days FROM control_report_measures m JOIN controls c ON c.id = m.control_id WHERE c.definition = ?')
      .all(CONTROL);
  } finally {
    reader.close();
  }
}

describe('a control measured from the register, set in the plan editor', () => {
  it('is set by keyboard, stored, shown on the entry and measured from the register in Resultat', async () => {
    const file = tempDbFile();
    let planId = '';
    const app = await startWebApp(file, (services) => {
      const { plan } = fillFixtureRegister(services.repos);
      planId = plan.id;
      const risk = services.repos.risks.create(plan.processes[0]!.id, { text: 'Klagomål får inget svar', owner: '', qualityAreaIds: [] }, 'EC');
      services.repos.controls.create(
        risk,
        { definition: CONTROL, method: 'count', methodDescription: '', responsible: '', occasion: '', frequency: 'tertial', measureKind: 'share', targetValue: 90, targetUnit: '%', targetDirection: 'at_least', tolerance: 10 },
        'EC',
      );
    });
    e2e.runningApps.push(app);
    const session = await openAt(e2e.browser, app.harness.url, planId, '2026-12-31', '#/quality-plan');
    e2e.openPages.push(session);
    const { page, errors } = session;

    const panel = await openTab(page, 'Processer och risker');
    const start = panel.getByRole('button', { name: `Mät i registret: ${CONTROL}` });
    await start.focus();
    await page.keyboard.press('Enter');
    const form = panel.getByRole('form', { name: 'Mäts i registret över avvikelser och klagomål' });
    await form.waitFor();
    // Återkoppling is offered only for a kind with a sender.
    expect(await form.getByLabel('Vad som mäts').locator('option').allInnerTexts()).toEqual(['Antal rapporter som kommit in', 'Andel utredda inom N dagar']);

    await form.getByLabel('Slag av rapport').focus();
    await page.keyboard.type('Klagomål');
    expect(await form.getByLabel('Slag av rapport').inputValue()).toBe('klagomal');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Andel med');
    expect(await form.getByLabel('Vad som mäts').inputValue()).toBe('feedback_within');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    // A refusal of the contract's own rule stands in the form, and what was chosen stays.
    expect(await form.getByRole('alert').innerText()).toContain('minst 1 dag');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    await panel.getByText('Mäts i registret: andel klagomål med återkoppling inom 14 dagar').waitFor();
    const change = panel.getByRole('button', { name: `Ändra mätningen i registret: ${CONTROL}` });
    await change.waitFor();
    expect(await change.evaluate((element) => element === document.activeElement)).toBe(true);

    expect(storedMeasures(file)).toEqual([{ kind: 'klagomal', metric: 'feedback_within', days: 14 }]);

    await page.goto(`${app.harness.url}#/results`);
    await page.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
    const row = controlRow(page, CONTROL);
    await row.waitFor();
    const cells = await cellTexts(row);
    // Tertial 3: klagomål 35 got återkoppling after 11 days, 36 none yet -> 1 of 2.
    expect(cells[1]).toBe('50,0 % Tertial 3 2026');
    expect(cells.at(-1)).toBe('Registret');

    // Undone from the same form: the control is a control like any other again.
    await page.goto(`${app.harness.url}#/quality-plan`);
    const again = await openTab(page, 'Processer och risker');
    await again.getByRole('button', { name: `Ändra mätningen i registret: ${CONTROL}` }).click();
    await again.getByRole('button', { name: 'Sluta mäta i registret' }).click();
    await again.getByRole('button', { name: `Mät i registret: ${CONTROL}` }).waitFor();
    expect(await again.getByText('Mäts i registret:').count()).toBe(0);
    expect(storedMeasures(file)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
