import type { Browser } from 'playwright-core';
import { browseHeavyScreens, pageWithPlan, showOverview } from './browser';
import { startMainSide, type MainSide, type MainSideFiles } from './main-side-process';
import { wallClock } from './protocol';

export interface Session {
  /** From the main side starting its services to Översikt drawn with data, in milliseconds. */
  firstRenderMs: number;
  mainSide: MainSide;
}

/**
 * Starts the main side on the database and opens Översikt on the plan in a page made
 * beforehand, as Electron's window waits for the app's services. With `browse`, goes on
 * to Resultat and Jämför enheter, so the main side's memory covers the heavy screens too.
 */
export async function firstRenderSession(browser: Browser, files: MainSideFiles, planId: string, browse: boolean): Promise<Session> {
  const page = await pageWithPlan(browser, planId);
  const mainSide = await startMainSide(files);
  try {
    await showOverview(page, mainSide.url);
    const firstRenderMs = wallClock() - mainSide.startedAt;
    if (browse) await browseHeavyScreens(page);
    return { firstRenderMs, mainSide };
  } catch (error) {
    mainSide.kill();
    throw error;
  } finally {
    await page.context().close();
  }
}
