import type { Locator, Page } from 'playwright-core';

/** One of the plan editor's tabs (Uppgifter, Processer och risker, …), opened and waited for. */
export async function openTab(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  return panel;
}

/** A process card in Processer och risker, found by the process's name. */
export function processCard(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** A risk inside the plan, found by its text. */
export function riskArticle(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('article', { name: text, exact: true });
}

/** The names of the processes in the order shown. */
export async function processNames(page: Page): Promise<string[]> {
  return page.locator('.pe-process__title h3').allInnerTexts();
}

/** The open confirmation dialog. */
export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** "31 mars 2026": how the app writes a date in Swedish. */
export function swedishDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(date);
}
