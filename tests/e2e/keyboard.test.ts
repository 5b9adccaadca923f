import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFor, sections, type Section } from '../../renderer/src/navigation/sections';
import { launchBrowser, type OpenPage } from './support/browser';
import { openDemo, settled, startDemoApp, type DemoApp } from './support/demo-app';
import { navigation } from './support/ui';

let browser: Browser;
let demo: DemoApp;
let session: OpenPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await startDemoApp();
  session = await openDemo(browser, demo);
  page = session.page;
});

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await demo?.app.stop().catch(() => undefined);
  await browser?.close();
});

/** A fresh page on a section, with the focus at the top of the document as after a start. */
async function freshPageOn(section: Section): Promise<void> {
  await page.goto(`${demo.app.harness.url}${hashFor(section)}`);
  await page.reload();
  await settled(page);
}

/** Presses Tab until the control has the focus, as a keyboard user would. */
async function tabTo(control: Locator, max = 80): Promise<void> {
  await control.waitFor();
  for (let i = 0; i < max; i++) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}; the focus is on ${await focusedName()}`);
}

async function focusedName(): Promise<string> {
  return page.evaluate(() => {
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
  return page.evaluate(() => {
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
    await page.keyboard.press('Tab');
    if (!(await page.evaluate(() => document.activeElement?.closest('main') != null))) break;
    if (!(await focusIsVisible())) unseen.push(await focusedName());
  }
  return { visited, unseen };
}

describe('every section by keyboard alone', () => {
  it.each(sections)('%s: reached by Tab and Enter from the navigation, its first controls show the focus', async (section) => {
    await freshPageOn(sections.find((other) => other !== section)!);
    const link = navigation(page).locator(`a[href="${hashFor(section)}"]`);
    await tabTo(link);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, hashFor(section));
    await settled(page);
    // The focus moves to the screen's heading, so the next Tab goes into the screen and not back to the top.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const { visited, unseen } = await controlsWithoutVisibleFocus(10);
    expect(visited).toBeGreaterThan(0);
    expect(unseen).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 60_000);
});

describe('the screens’ main actions by keyboard alone', () => {
  it('Översikt: a control in the list opens its results with Enter', async () => {
    await freshPageOn('overview');
    const control = page.getByRole('region', { name: 'Egenkontrollerna just nu' }).getByRole('link').first();
    const name = await control.innerText();
    await tabTo(control);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
    await page.getByRole('heading', { level: 2, name }).waitFor();
  });

  it('Kvalitetsplan: the tabs move with the arrow keys and Home, and Enter opens a dialog that Escape closes', async () => {
    await freshPageOn('qualityPlan');
    await tabTo(page.getByRole('tab', { selected: true }));
    await page.keyboard.press('Home');
    await page.getByRole('tabpanel', { name: 'Uppgifter' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tabpanel', { name: 'Processer och risker' }).waitFor();
    const remove = page.getByRole('button', { name: /^Ta bort processen / }).first();
    await tabTo(remove);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    // The focus starts on the safe choice inside the dialog and comes back to the button afterwards.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') != null)).toBe(true);
    expect(await focusedName()).toBe('button "Avbryt"');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await remove.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('Riskmatris: Space opens the matrix settings and Enter previews a change', async () => {
    await freshPageOn('riskMatrix');
    await tabTo(page.getByRole('button', { name: 'Anpassa riskmatrisen' }));
    await page.keyboard.press('Space');
    const size = page.getByLabel('Antal nivåer för sannolikhet');
    await tabTo(size);
    await page.keyboard.press('ArrowUp');
    await tabTo(page.getByRole('button', { name: 'Förhandsgranska ändringen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Så här påverkas bedömningarna' }).waitFor();
  });

  it('Checklistor: Enter starts a run and the first case is typed in without the mouse', async () => {
    await freshPageOn('checklists');
    await tabTo(page.getByRole('button', { name: /^Starta genomgång: / }).first());
    await page.keyboard.press('Enter');
    await tabTo(page.getByLabel('Leds av (initialer)'));
    await page.keyboard.type('KT');
    await page.keyboard.press('Enter');
    await page.getByLabel('Ärendereferens').waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('.cl-ref') != null);
    await page.keyboard.type('2026-201');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Ärende 1, 2026-201/ }).waitFor();
  });

  it('Resultat: Space on a control opens its figures per period', async () => {
    await freshPageOn('results');
    const control = page.locator('.rs-table tbody tr[data-row] button').first();
    const name = await control.innerText();
    await tabTo(control);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 2, name }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
