import type { Locator, Page } from 'playwright-core';

/** The left navigation; its unbuilt sections carry a "kommer senare" note inside the link. */
export function navigation(page: Page): Locator {
  return page.getByRole('navigation');
}

export async function goToSection(page: Page, name: string): Promise<void> {
  await navigation(page).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Section names as shown, without the note under the unbuilt ones. */
export async function sectionNames(page: Page): Promise<string[]> {
  const texts = await navigation(page).getByRole('link').allInnerTexts();
  return texts.map((text) => text.split('\n')[0]?.trim() ?? '');
}

/** A unit's card on the Kvalitetsplan screen, found by the unit's name. */
export function unitCard(page: Page, unitName: string): Locator {
  return page.getByRole('region', { name: unitName, exact: true });
}

export function alertIn(scope: Locator | Page): Locator {
  return scope.getByRole('alert');
}
