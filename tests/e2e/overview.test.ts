import { describe, expect, it } from 'vitest';
import { DEMO_UNIT_NAME, fillDemoData } from '../../db/demo';
import type { AppServices } from '../../electron/app/app-services';
import { tempDbFile } from '../support/temp-db';
import type { OpenPage } from './support/browser';
import { CONTROLS, openAt, resultsTestPlans } from './support/results';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';

const e2e = e2eSession();
const { runningApps, openPages } = e2e;

async function openOverview(today: string, prepare: (services: AppServices) => string | null): Promise<OpenPage> {
  let planId: string | null = null;
  const app = await startWebApp(tempDbFile(), (services) => {
    planId = prepare(services);
  });
  runningApps.push(app);
  const session = await openAt(e2e.browser, app.harness.url, planId, today, '#/overview');
  openPages.push(session);
  await session.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  return session;
}

const tidy = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

describe('Översikt in the web harness', () => {
  it('shows the plan at a glance on 15 April 2026: colours, overdue actions and this month’s runs', async () => {
    const { page, errors } = await openOverview('2026-04-15', (services) => resultsTestPlans(services.repos).planId);
    const glance = page.getByRole('region', { name: 'Kvalitetsplan 2026 – Barn och unga – resultattest' });
    await glance.waitFor();
    expect(await glance.locator('.pe-plan-status').innerText()).toBe('Utkast');
    expect(tidy(await glance.locator('.ov-figures > div').allInnerTexts())).toEqual([
      'Processer 1',
      'Risker 2',
      'Egenkontroller 4',
      'Risker över tröskeln utan egenkontroll 0',
    ]);

    // Each control's latest period begun by today, by its own frequency:
    // våld April 1 yes of 2 -> 50 % red; median days Q2 (2, 10, 20, 40) -> 15, 1 over 14: yellow;
    // förhandsbedömning April (3, 14 days) -> 100 % green; lex Sarah has no target.
    const colours = page.getByRole('region', { name: 'Egenkontrollerna just nu' });
    expect(tidy(await colours.getByRole('list', { name: 'Antal egenkontroller per färg' }).locator('li').allInnerTexts())).toEqual([
      '✕ 1 röd',
      '! 1 gul',
      '✓ 1 grön',
      '– 1 utan mål eller värde',
    ]);
    expect(tidy(await colours.locator('.ov-control').allInnerTexts())).toEqual([
      `✕ Röd ${CONTROLS.violence} Utredning 50,0 % April 2026`,
      `! Gul ${CONTROLS.days} Utredning 15 dagar Kvartal 2 2026`,
      `✓ Grön ${CONTROLS.within} Utredning 100,0 % April 2026`,
      `– Inget mål ${CONTROLS.lexSarah} Utredning Inget värde ännu`,
    ]);

    // Only the action that is past its date and not done; 31 March to 15 April is 15 days.
    const actions = page.getByRole('region', { name: /^Försenade åtgärder/ });
    expect(await actions.locator('.ov-pill').innerText()).toBe('1');
    expect(tidy(await actions.locator('tbody tr').allInnerTexts())).toEqual([
      'Inför en mall för våldsfrågan Utredning · Barnets situation blir inte belyst · Pågår EC 31 mars 2026 15 dagar',
    ]);

    // April's one run, of 30 April: 3 cases, 3 + 3 + 1 answers.
    const runs = page.getByRole('region', { name: 'Periodens genomgångar: April 2026' });
    expect(tidy(await runs.getByRole('list', { name: 'Genomgångar, ärenden och svar under perioden' }).locator('li').allInnerTexts())).toEqual([
      '1 genomgång',
      '3 ärenden',
      '7 svar',
    ]);
    expect(tidy(await runs.locator('.ov-run-list li').allInnerTexts())).toEqual(['30 april 2026 Ärendedragning · Ärendedragning Ledd av AB, 3 ärenden']);
    expect(await page.getByText('kommer att kunna fyllas i').count()).toBe(0);

    // A control in the list opens its results.
    await colours.getByRole('link', { name: CONTROLS.days }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: CONTROLS.days }).waitFor();
    expect(await page.getByRole('radio', { name: 'Enligt mätfrekvens' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('counts this month’s runs and the actions late by then on another day', async () => {
    const { page, errors } = await openOverview('2026-06-01', (services) => resultsTestPlans(services.repos).planId);
    const actions = page.getByRole('region', { name: /^Försenade åtgärder/ });
    await actions.waitFor();
    expect(tidy(await actions.locator('tbody tr td:last-child').allInnerTexts())).toEqual(['62 dagar', '1 dag']);
    const runs = page.getByRole('region', { name: 'Periodens genomgångar: Juni 2026' });
    expect(await runs.getByText('Inga genomgångar under perioden ännu.').count()).toBe(1);
    expect(await runs.locator('[data-figure="runs"]').innerText()).toBe('0 genomgångar');
    expect(errors).toEqual([]);
  });

  it('invites to choose a plan when none is chosen, and lists the units and plans there are', async () => {
    const { page, errors } = await openOverview('2026-04-15', (services) => {
      fillDemoData(services.repos);
      return null;
    });
    await page.getByText('Du har inte valt någon kvalitetsplan att arbeta med ännu.').waitFor();
    expect(await page.getByRole('table').getByRole('rowheader', { name: DEMO_UNIT_NAME }).count()).toBe(1);
    expect(await page.getByText('kommer att kunna fyllas i').count()).toBe(0);
    await page.getByRole('link', { name: 'Välj eller skapa en plan under Kvalitetsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvalitetsplan' }).waitFor();
    expect(errors).toEqual([]);
  });
});
