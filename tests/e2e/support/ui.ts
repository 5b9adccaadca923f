import type { Locator, Page } from 'playwright-core';

/** The left navigation, one link per section. */
export function navigation(page: Page): Locator {
  return page.getByRole('navigation');
}

export async function goToSection(page: Page, name: string): Promise<void> {
  await navigation(page).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Section names as shown. */
export async function sectionNames(page: Page): Promise<string[]> {
  return (await navigation(page).getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** A unit's card on the Kvalitetsplan screen, found by the unit's name. */
export function unitCard(page: Page, unitName: string): Locator {
  return page.getByRole('region', { name: unitName, exact: true });
}

export function alertIn(scope: Locator | Page): Locator {
  return scope.getByRole('alert');
}
