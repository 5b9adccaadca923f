import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashFor, sections, type Section } from '../../renderer/src/navigation/sections';
import { demoPageForFile, settled } from './support/demo-app';
import { navigation } from './support/ui';

const shared = demoPageForFile();

/** A fresh page on a section, with the focus at the top of the document as after a start. */
async function freshPageOn(section: Section): Promise<void> {
  await shared.page.goto(`${shared.demo.app.harness.url}${hashFor(section)}`);
  await shared.page.reload();
  await settled(shared.page);
}

/** Presses Tab until the control has the focus, as a keyboard user would. */
async function tabTo(control: Locator, max = 80): Promise<void> {
  await control.waitFor();
  for (let i = 0; i < max; i++) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await shared.page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}; the focus is on ${await focusedName()}`);
}

async function focusedName(): Promise<string> {
  return shared.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const text = element?.getAttribute('aria-label') ?? element?.textContent ?? '';
    return `${element?.tagName.toLowerCase() ?? 'nothing'} "${text.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  });
}

/**
 * Whether the focused control looks different from the same control without the focus: an
 * outline, a shadow, a border or a background, on the control itself or on what draws it (a
 * visually hidden radio's label or next sibling).
 */
async function focusIsVisible(): Promise<boolean> {
  return shared.page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const drawn = [element, element.nextElementSibling, element.parentElement, element.closest('label')].filter(
      (candidate): candidate is HTMLElement => candidate instanceof HTMLElement,
    );
    const look = () =>
      drawn.map((candidate) => {
        const style = getComputedStyle(candidate);
        const outline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : '';
        return [outline, style.boxShadow, style.borderColor, style.borderWidth, style.backgroundColor].join('|');
      });
    const focused = look();
    element.blur();
    const unfocused = look();
    element.focus();
    return focused.some((value, index) => value !== unfocused[index]);
  });
}

/** Tabs through up to `count` controls of the screen from where the focus is, noting any without a visible focus. */
async function controlsWithoutVisibleFocus(count: number): Promise<{ visited: number; unseen: string[] }> {
  const unseen: string[] = [];
  let visited = 0;
  for (; visited < count; visited++) {
    await shared.page.keyboard.press('Tab');
    if (!(await shared.page.evaluate(() => document.activeElement?.closest('main') != null))) break;
    if (!(await focusIsVisible())) unseen.push(await focusedName());
  }
  return { visited, unseen };
}

describe('every section by keyboard alone', () => {
  it.each(sections)('%s: reached by Tab and Enter from the navigation, its first controls show the focus', async (section) => {
    await freshPageOn(sections.find((other) => other !== section)!);
    const link = navigation(shared.page).locator(`a[href="${hashFor(section)}"]`);
    await tabTo(link);
    expect(await focusIsVisible()).toBe(true);
    await shared.page.keyboard.press('Enter');
    await shared.page.waitForFunction((hash) => location.hash === hash, hashFor(section));
    await settled(shared.page);
    // The focus moves to the screen's heading, so the next Tab goes into the screen and not back to the top.
    expect(await shared.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const { visited, unseen } = await controlsWithoutVisibleFocus(10);
    expect(visited).toBeGreaterThan(0);
    expect(unseen).toEqual([]);
    expect(shared.session.errors).toEqual([]);
  }, 60_000);
});

describe('the screens’ main actions by keyboard alone', () => {
  it('Översikt: a control in the list opens its results with Enter', async () => {
    await freshPageOn('overview');
    const control = shared.page.getByRole('region', { name: 'Egenkontrollerna just nu' }).getByRole('link').first();
    const name = await control.innerText();
    await tabTo(control);
    await shared.page.keyboard.press('Enter');
    await shared.page.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
    await shared.page.getByRole('heading', { level: 2, name }).waitFor();
  });

  it('Kvalitetsplan: the tabs move with the arrow keys and Home, and Enter opens a dialog that Escape closes', async () => {
    await freshPageOn('qualityPlan');
    await tabTo(shared.page.getByRole('tab', { selected: true }));
    await shared.page.keyboard.press('Home');
    await shared.page.getByRole('tabpanel', { name: 'Uppgifter' }).waitFor();
    await shared.page.keyboard.press('ArrowRight');
    await shared.page.getByRole('tabpanel', { name: 'Processer och risker' }).waitFor();
    const remove = shared.page.getByRole('button', { name: /^Ta bort processen / }).first();
    await tabTo(remove);
    await shared.page.keyboard.press('Enter');
    await shared.page.getByRole('dialog').waitFor();
    // The focus starts on the safe choice inside the dialog and comes back to the button afterwards.
    expect(await shared.page.evaluate(() => document.activeElement?.closest('dialog') != null)).toBe(true);
    expect(await focusedName()).toBe('button "Avbryt"');
    await shared.page.keyboard.press('Escape');
    await shared.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await remove.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('Riskmatris: Space opens the matrix settings and Enter previews a change', async () => {
    await freshPageOn('riskMatrix');
    await tabTo(shared.page.getByRole('button', { name: 'Anpassa riskmatrisen' }));
    await shared.page.keyboard.press('Space');
    const size = shared.page.getByLabel('Antal nivåer för sannolikhet');
    await tabTo(size);
    await shared.page.keyboard.press('ArrowUp');
    await tabTo(shared.page.getByRole('button', { name: 'Förhandsgranska ändringen' }));
    await shared.page.keyboard.press('Enter');
    await shared.page.getByRole('region', { name: 'Så här påverkas bedömningarna' }).waitFor();
  });

  it('Checklistor: Enter starts a run and the first case is typed in without the mouse', async () => {
    await freshPageOn('checklists');
    await tabTo(shared.page.getByRole('button', { name: /^Starta genomgång: / }).first());
    await shared.page.keyboard.press('Enter');
    await tabTo(shared.page.getByLabel('Leds av (initialer)'));
    await shared.page.keyboard.type('KT');
    await shared.page.keyboard.press('Enter');
    await shared.page.getByLabel('Ärendereferens').waitFor();
    await shared.page.waitForFunction(() => document.activeElement?.closest('.cl-ref') != null);
    await shared.page.keyboard.type('2026-201');
    await shared.page.keyboard.press('Enter');
    await shared.page.getByRole('button', { name: /^Ärende 1, 2026-201/ }).waitFor();
  });

  it('Resultat: Space on a control opens its figures per period', async () => {
    await freshPageOn('results');
    const control = shared.page.locator('.rs-table tbody tr[data-row] button').first();
    const name = await control.innerText();
    await tabTo(control);
    await shared.page.keyboard.press('Space');
    await shared.page.getByRole('heading', { level: 2, name }).waitFor();
    expect(shared.session.errors).toEqual([]);
  });
});
