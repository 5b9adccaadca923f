import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { sections } from '../../renderer/src/navigation/sections';
import { demoPageForFile, settled, showSection } from './support/demo-app';
import { dialog, openTab } from './support/plan-editor-ui';

const shared = demoPageForFile();

/** What axe finds serious or critical on the page as it is now, one readable line per rule. */
async function seriousViolations(): Promise<string[]> {
  await settled(shared.page);
  const { violations } = await new AxeBuilder({ page: shared.page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('axe on every screen with the demo data', () => {
  // Every section of the navigation, so a screen added to sections.ts is checked from its first day.
  it.each(sections)('%s has no serious or critical violation', async (section) => {
    await showSection(shared.page, section);
    expect(await seriousViolations()).toEqual([]);
    expect(shared.session.errors).toEqual([]);
  });
});

describe('axe on the screens’ important states', () => {
  it('the plan editor, tab by tab, and with a confirmation dialog open', async () => {
    await showSection(shared.page, 'qualityPlan');
    for (const name of await shared.page.getByRole('tab').allInnerTexts()) {
      await openTab(shared.page, name.trim());
      expect(await seriousViolations(), name).toEqual([]);
    }
    await openTab(shared.page, 'Processer och risker');
    await shared.page.getByRole('button', { name: /^Ta bort processen / }).first().click();
    await dialog(shared.page).waitFor();
    expect(await seriousViolations()).toEqual([]);
    await shared.page.keyboard.press('Escape');
    await dialog(shared.page).waitFor({ state: 'detached' });
    await shared.page.getByRole('button', { name: 'Enheter och planer' }).click();
    expect(await seriousViolations()).toEqual([]);
  }, 90_000);

  it('the risk matrix settings and the preview of a change', async () => {
    await showSection(shared.page, 'riskMatrix');
    await shared.page.getByRole('button', { name: 'Anpassa riskmatrisen' }).click();
    expect(await seriousViolations()).toEqual([]);
    await shared.page.getByLabel('Antal nivåer för sannolikhet').selectOption('3');
    await shared.page.getByRole('button', { name: 'Förhandsgranska ändringen' }).click();
    const preview = shared.page.getByRole('region', { name: 'Så här påverkas bedömningarna' });
    await preview.waitFor();
    expect(await seriousViolations()).toEqual([]);
    await preview.getByRole('button', { name: 'Avbryt' }).click();
  }, 60_000);

  it('a checklist run in progress and its summary', async () => {
    await showSection(shared.page, 'checklists');
    await shared.page.getByRole('button', { name: /^Starta genomgång: / }).first().click();
    await shared.page.getByLabel('Leds av (initialer)').fill('KT');
    expect(await seriousViolations()).toEqual([]);
    await shared.page.getByRole('button', { name: 'Starta genomgången' }).click();
    await shared.page.getByLabel('Ärendereferens').fill('2026-101');
    await shared.page.getByLabel('Ärendereferens').press('Enter');
    await shared.page.getByRole('button', { name: /^Ärende 1, 2026-101/ }).waitFor();
    await shared.page.keyboard.press('j');
    expect(await seriousViolations()).toEqual([]);
    await shared.page.getByRole('button', { name: 'Avsluta genomgången' }).click();
    await shared.page.getByText('Sammanställning', { exact: true }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('a control’s results opened from the results table', async () => {
    await showSection(shared.page, 'results');
    await shared.page.locator('.rs-table tbody tr[data-row] button').first().click();
    await shared.page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await seriousViolations()).toEqual([]);
    expect(shared.session.errors).toEqual([]);
  });
});
