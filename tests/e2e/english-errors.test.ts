import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppErrorShape } from '../../shared/errors';
import type { Envelope } from '../../shared/ipc/envelope';
import { messageText } from '../../shared/messages/catalogue';
import { tempDbFile } from '../support/temp-db';
import { openChecklists, sevenItemPlan, SEVEN_ITEMS, until } from './support/checklists';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();

// Words that only Swedish uses; any of them, or å, ä, ö, in an English error means a text was not translated.
const SWEDISH_WORDS = ['och', 'inte', 'eller', 'för', 'att', 'det', 'som', 'finns', 'mappen', 'filen', 'paketet', 'planen', 'ange', 'välj', 'kan', 'har', 'ett', 'går', 'kunde', 'programmet', 'försök', 'igen', 'ärendet', 'svaret'];

function swedishIn(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return [...(/[åäö]/i.test(text) ? ['å/ä/ö'] : []), ...SWEDISH_WORDS.filter((word) => words.includes(word))];
}

function expectEnglish(text: string, what: string): void {
  expect(text.trim().length, what).toBeGreaterThan(10);
  expect(swedishIn(text), `${what}: ${text}`).toEqual([]);
}

/** A refusal provoked through window.api, as the renderer words it in English from the same catalogue. */
async function refusal(page: Page, call: string, input: unknown): Promise<AppErrorShape> {
  const result = (await page.evaluate(
    ([name, value]) => {
      const [domain, verb] = (name as string).split('.') as [string, string];
      const api = (window as unknown as { api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> }).api;
      return api[domain]![verb]!(value);
    },
    [call, input] as const,
  )) as Envelope<unknown>;
  expect(result.ok, call).toBe(false);
  return (result as { ok: false; error: AppErrorShape }).error;
}

describe('the interface in English', () => {
  it('words five different refusals in English with no Swedish in them', async () => {
    const file = tempDbFile();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kvh-english-'));
    let planId = '';
    const app = await startWebApp(file, (services) => {
      planId = sevenItemPlan(services.repos).plan.id;
    });
    e2e.runningApps.push(app);

    // A year bundle from the app itself with one byte in its middle changed, alone in the folder to import from.
    const hostileFolder = path.join(outside, 'incoming');
    fs.mkdirSync(hostileFolder);
    const exported = await app.services.bundles.export.exportPlan(planId, hostileFolder);
    const hostile = path.join(hostileFolder, exported.fileName);
    const bytes = fs.readFileSync(hostile);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    fs.writeFileSync(hostile, bytes);

    const opened = await openChecklists(e2e.browser, app.harness.url, planId);
    e2e.openPages.push(opened);
    const { page } = opened;
    await page.evaluate(() => localStorage.setItem('kvalitetshjulet.language', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Checklists' }).waitFor();

    // 1. A personnummer as case reference, refused by the contract's guard.
    await page.getByRole('button', { name: 'Start a run: Sju frågor' }).click();
    await page.getByLabel('Led by (initials)').fill('AB');
    await page.getByRole('button', { name: 'Start the run' }).click();
    const ref = page.getByLabel('Case reference');
    await ref.fill('19121212-1212');
    await ref.press('Enter');
    const refAlert = page.locator('.cl-ref').getByRole('alert');
    await refAlert.waitFor();
    expectEnglish(await refAlert.innerText(), 'personnummer in a case reference');
    expect(await refAlert.innerText()).toContain('personal identity number');

    // 2. A number answer above the item's maximum (0–365 days), sent as the page would send it.
    await ref.fill('SN 2026/1');
    await ref.press('Enter');
    const reader = new Database(file, { readonly: true });
    const query = reader.prepare(
      `SELECT c.id AS caseId, i.id AS itemId FROM run_cases c JOIN checklist_runs r ON r.id = c.run_id
       JOIN checklist_items i ON i.version_id = r.version_id WHERE c.case_ref = ? AND i.text = ?`,
    );
    const ids = await until('the case', () => query.get('SN 2026/1', SEVEN_ITEMS[2]) as { caseId: string; itemId: string } | undefined, Boolean);
    reader.close();
    const range = await refusal(page, 'runs.answer', { ...ids, value: 400 });
    expect(range).toMatchObject({ code: 'VALIDATION', key: 'checklists.answerAboveMaxUnit', params: { maximum: 365, unit: 'dagar' } });
    // The unit is what the checklist's author typed, in their own language; the sentence around it is ours.
    expectEnglish(messageText('en', range.key, range.params).replace('dagar', ''), 'value out of range');

    // 3. An adopted plan, edited from a page that has not seen the adoption yet.
    app.services.repos.lifecycle.setStatus(planId, 'adopted', 'Kim Testsson');
    const locked = await refusal(page, 'plans.rename', { id: planId, title: 'A new title' });
    expect(locked).toMatchObject({ code: 'LOCKED', key: 'plan.adoptedLocked' });
    expectEnglish(messageText('en', locked.key, locked.params), 'edit of an adopted plan');

    await page.goto(`${app.harness.url}#/export`);
    await page.getByRole('heading', { level: 1, name: 'Export and import' }).waitFor();

    // 4. A shared folder that cannot be reached.
    const folderPanel = page.getByRole('region', { name: 'Shared folder' });
    await folderPanel.getByLabel('Folder', { exact: true }).fill(path.join(outside, 'no-such-share', 'quality'));
    await folderPanel.getByRole('button', { name: 'Check the folder' }).click();
    const folderStatus = folderPanel.getByRole('status');
    await folderStatus.filter({ hasText: 'cannot be reached' }).waitFor();
    expectEnglish(await folderStatus.innerText(), 'unreachable shared folder');

    // 5. The hostile bundle, found in the folder to import from.
    await page.getByLabel('Folder with yearly bundles').fill(hostileFolder);
    await page.getByRole('button', { name: 'Look for bundles' }).click();
    // Where the byte falls decides the step that refuses it: the scan when it hits the manifest, the import otherwise.
    const choose = page.getByRole('checkbox', { name: new RegExp(exported.fileName.replaceAll('.', '\\.')) });
    const unreadable = page.locator('li', { hasText: `${exported.fileName}:` });
    await choose.or(unreadable).first().waitFor();
    let refused = unreadable;
    if ((await choose.count()) > 0) {
      if (!(await choose.isChecked())) await choose.check();
      await page.getByRole('button', { name: /^Import chosen/ }).click();
      refused = page.locator('.export-result--refused');
      await refused.waitFor();
    }
    expect(await refused.innerText()).toContain(exported.fileName);
    expectEnglish((await refused.innerText()).replaceAll(exported.fileName, ''), 'hostile bundle');

    expect(opened.errors).toEqual([]);
  }, 120_000);
});
