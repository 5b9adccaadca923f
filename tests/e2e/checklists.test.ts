import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { messageText } from '../../shared/messages/catalogue';
import { runWith } from '../support/checklist-fixture';
import { tempDbFile } from '../support/temp-db';
import { type OpenPage } from './support/browser';
import {
  CHECKLIST_ACTOR,
  DatabaseReader,
  REPORTERS,
  SEVEN_ITEMS,
  SOURCES,
  focused,
  openChecklists,
  sevenItemPlan,
  tabTo,
  until,
  waitForFocus,
} from './support/checklists';
import { e2eSession } from './support/e2e-session';
import { startWebApp } from './support/web-app';


const e2e = e2eSession();
const { runningApps, openPages } = e2e;
const readers: DatabaseReader[] = [];

afterAll(() => readers.forEach((reader) => reader.close()));

type Plan = ReturnType<typeof sevenItemPlan>;

interface Session {
  services: AppServices;
  plan: Plan;
  url: string;
  opened: OpenPage;
  page: Page;
  db: DatabaseReader;
}

async function start(prepare?: (services: AppServices, plan: Plan) => void): Promise<Session> {
  const file = tempDbFile();
  let plan: Plan | null = null;
  const app = await startWebApp(file, (services) => {
    plan = sevenItemPlan(services.repos);
    prepare?.(services, plan);
  });
  runningApps.push(app);
  const opened = await openChecklists(e2e.browser, app.harness.url, plan!.plan.id);
  openPages.push(opened);
  const db = new DatabaseReader(file);
  readers.push(db);
  return { services: app.services, plan: plan!, url: app.harness.url, opened, page: opened.page, db };
}

/** The answers of case n (1-25) of the long run: every kind, and deviations on the second item. */
function answersOf(n: number) {
  const yesNo = n % 5 === 0 ? { key: '3', value: 'na' } : n % 3 === 0 ? { key: 'n', value: 'no' } : { key: 'j', value: 'yes' };
  const plan = n % 4 === 0 ? { key: 'N', value: 'no' } : { key: 'J', value: 'yes' };
  const reporter = n % 3;
  const sources = n % 2 === 0 ? [0] : [0, 2];
  return {
    ref: `2026-${String(100 + n)}`,
    steps: [
      { keys: [yesNo.key], value: yesNo.value },
      { keys: [plan.key], value: plan.value },
      { type: String(n * 2), keys: [n % 2 ? 'Enter' : 'Tab'], value: n * 2 },
      { type: `2026-03-${String(n).padStart(2, '0')}`, keys: ['Enter'], value: `2026-03-${String(n).padStart(2, '0')}` },
      { keys: [String(reporter + 1)], value: REPORTERS[reporter] },
      { keys: [...sources.map((index) => String(index + 1)), 'Enter'], value: sources.map((index) => SOURCES[index]) },
      { type: `Notering ${n}`, keys: [n % 2 ? 'Tab' : 'Enter'], value: `Notering ${n}` },
    ],
  };
}

describe('a run in the meeting room, by keyboard alone', () => {
  it('reviews 25 cases × 7 items without the mouse, every answer is in SQLite at once, and a closed page loses nothing', async () => {
    const session = await start();
    let { page } = session;
    const { db, url } = session;

    // From the overview to the first case: Tab to the checklist's button, Enter, the initials, Enter.
    await page.getByRole('button', { name: 'Starta genomgång: Sju frågor' }).waitFor();
    await tabTo(page, 'Starta genomgång: Sju frågor');
    await page.keyboard.press('Enter');
    await page.getByLabel('Leds av (initialer)').waitFor();
    expect(await page.getByLabel('Datum').inputValue()).toMatch(/^2026-\d\d-\d\d$/);
    await page.keyboard.type('KL');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Utredning 0–18 år');
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'ref');
    const runId = await until('the run in the database', () => db.latestRunId(), Boolean);

    let given = 0;
    const closeAfter = { case: 13, items: 4 };
    for (let n = 1; n <= 25; n++) {
      const { ref, steps } = answersOf(n);
      await waitForFocus(page, 'ref');
      await page.keyboard.type(ref);
      await page.keyboard.press('Enter');
      await until(`case ${ref}`, () => db.caseRefs(runId!), (refs) => refs.at(-1) === ref);

      for (const [index, step] of steps.entries()) {
        await waitForFocus(page, SEVEN_ITEMS[index]!);
        if (step.type) await page.keyboard.type(step.type);
        for (const key of step.keys) await page.keyboard.press(key);
        // In SQLite the moment it is given: read through a second connection on the file, within a second.
        await until(
          `case ${n} item ${index + 1}`,
          () => db.answer(runId!, ref, SEVEN_ITEMS[index]!)?.value,
          (value) => JSON.stringify(value) === JSON.stringify(step.value),
          1000,
        );
        given++;
        expect(db.answerCount(runId!)).toBe(given);
        await waitForFocus(page, index < 6 ? SEVEN_ITEMS[index + 1]! : 'next');

        if (n === closeAfter.case && index + 1 === closeAfter.items) {
          // The lid closes, the program crashes, the power goes: the page is gone mid-case.
          const context = page.context();
          await page.close();
          page = await context.newPage();
          page.setDefaultTimeout(10_000);
          await page.goto(`${url}#/checklists`);
          await page.getByRole('heading', { level: 1, name: 'Checklistor' }).waitFor();
          // Back in the same case at its first unanswered item, with every answer given so far.
          await waitForFocus(page, SEVEN_ITEMS[closeAfter.items]!);
          expect(await page.getByLabel('Ärendereferens').inputValue()).toBe(ref);
          expect(await page.getByText(`${closeAfter.items} av 7 frågor besvarade`).count()).toBe(1);
          expect(await page.locator('.cl-item .cl-mark--saved').count()).toBe(closeAfter.items);
          expect(db.answerCount(runId!)).toBe(given);
          for (let earlier = 1; earlier < n; earlier++) {
            const name = `Ärende ${earlier}, ${answersOf(earlier).ref}, 7 av 7 besvarade`;
            expect(await page.getByRole('button', { name }).count(), name).toBe(1);
          }
        }
      }

      await waitForFocus(page, 'next');
      // One key for the next case: Enter on the focused button, or Ctrl+Enter.
      await page.keyboard.press(n % 2 ? 'Control+Enter' : 'Enter');
    }

    await waitForFocus(page, 'ref');
    expect(db.answerCount(runId!)).toBe(175);
    expect(db.caseRefs(runId!)).toHaveLength(25);

    // Finish: back up to "Avsluta genomgången" and press Enter.
    await tabTo(page, 'Avsluta genomgången', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByText('Sammanställning', { exact: true }).waitFor();
    await until('the run to be finished', () => db.finishedAt(runId!), (value) => value !== null);
    expect(await page.locator('.cl-figure').allInnerTexts()).toEqual([
      'Genomgångna ärenden\n25',
      'Besvarade frågor\n175 av 175',
      'Avvikelser\n2',
    ]);
    // n % 4 === 0 said no to the plan item: 6 of 25; n % 3 === 0 and not % 5 said no on violence: 7 of 20.
    expect(await page.locator('.cl-deviation__text').allInnerTexts()).toEqual([
      '7 av 20 ärenden där frågan om våld inte har ställts',
      '6 av 25 ärenden saknar utredningsplan',
    ]);
  }, 240_000);
});

describe('personal data at the case review', () => {
  it('refuses the space form, and asks about a bare 0… number and stores it once the user says it is no personnummer', async () => {
    const { page, db } = await start();
    await page.getByRole('button', { name: 'Starta genomgång: Sju frågor' }).click();
    await page.getByLabel('Leds av (initialer)').fill('AB');
    await page.getByRole('button', { name: 'Starta genomgången' }).click();
    const ref = page.getByLabel('Ärendereferens');
    await ref.waitFor();
    const runId = await until('the run', () => db.latestRunId(), Boolean);
    const alert = page.locator('.cl-ref').getByRole('alert');
    const confirm = page.getByRole('button', { name: 'Det är inget personnummer – spara ändå' });

    await ref.fill('850709 9805');
    await ref.press('Enter');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(messageText('sv', 'validation.personalIdentityNumber'));
    expect(await confirm.count()).toBe(0);

    await ref.fill('0701234569');
    await ref.press('Enter');
    await page.locator('.cl-ref').getByRole('alert').getByText(messageText('sv', 'validation.possiblePersonalIdentityNumber')).waitFor();
    expect(db.caseRefs(runId!)).toEqual([]);
    await confirm.click();
    await until('the case', () => db.caseRefs(runId!), (refs) => refs.at(-1) === '0701234569');
  });

  it('refuses a personnummer or samordningsnummer as case reference, comment or text, and takes dates, phone and diary numbers', async () => {
    const { page, db } = await start();
    await page.getByRole('button', { name: 'Starta genomgång: Sju frågor' }).click();
    await page.getByLabel('Leds av (initialer)').fill('AB');
    await page.getByRole('button', { name: 'Starta genomgången' }).click();
    const ref = page.getByLabel('Ärendereferens');
    await ref.waitFor();
    const runId = await until('the run', () => db.latestRunId(), Boolean);

    for (const number of ['19121212-1212', '121272-1219']) {
      await ref.fill(number);
      await ref.press('Enter');
      const alert = page.locator('.cl-ref').getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toBe(messageText('sv', 'validation.personalIdentityNumber'));
      // What was typed stays, the focus stays, and nothing is written.
      expect(await ref.inputValue()).toBe(number);
      expect(await focused(page)).toBe('ref');
      expect(await ref.getAttribute('aria-invalid')).toBe('true');
      expect(db.caseRefs(runId!)).toEqual([]);
    }

    for (const accepted of ['2026-03-31', '070-123 45 67', 'SN 2026/123']) {
      await waitForFocus(page, 'ref');
      await page.getByLabel('Ärendereferens').fill(accepted);
      await page.keyboard.press('Enter');
      await until(`case ${accepted}`, () => db.caseRefs(runId!), (refs) => refs.at(-1) === accepted);
      await waitForFocus(page, SEVEN_ITEMS[0]);
      expect(await page.locator('.cl-ref').getByRole('alert').count()).toBe(0);
      await page.keyboard.press('Control+Enter');
    }
    expect(db.caseRefs(runId!)).toEqual(['2026-03-31', '070-123 45 67', 'SN 2026/123']);

    // A comment with a personnummer: refused beside the comment, the answer and its empty comment stay.
    await page.getByRole('button', { name: 'Ärende 3, SN 2026/123, 0 av 7 besvarade' }).click();
    await waitForFocus(page, SEVEN_ITEMS[0]);
    await page.keyboard.press('j');
    await until('the yes', () => db.answer(runId!, 'SN 2026/123', SEVEN_ITEMS[0])?.value, (value) => value === 'yes');
    await page.locator('.cl-item').first().locator('.cl-mark--saved').waitFor();
    await page.keyboard.press('ArrowUp');
    await waitForFocus(page, SEVEN_ITEMS[0]);
    await page.keyboard.press('k');
    const comment = page.getByLabel('Kommentar till fråga 1');
    await comment.waitFor();
    await page.keyboard.type('Pappan har 19121212-1212');
    await page.keyboard.press('Enter');
    const commentAlert = page.locator('.cl-comment').getByRole('alert');
    await commentAlert.waitFor();
    expect(await commentAlert.innerText()).toBe(messageText('sv', 'validation.personalIdentityNumber'));
    expect(await comment.inputValue()).toBe('Pappan har 19121212-1212');
    expect(await comment.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(db.answer(runId!, 'SN 2026/123', SEVEN_ITEMS[0])).toEqual({ value: 'yes', comment: '' });
    // The item's own answer is not marked as failed by a refused comment.
    expect(await page.locator('.cl-item').first().locator('.cl-mark--saved').count()).toBe(1);

    // A harmless comment is stored.
    await comment.fill('Uppgift från 2026-03-31, ring 070-123 45 67');
    await comment.press('Enter');
    await until('the comment', () => db.answer(runId!, 'SN 2026/123', SEVEN_ITEMS[0])?.comment, (value) => value === 'Uppgift från 2026-03-31, ring 070-123 45 67');
    await waitForFocus(page, SEVEN_ITEMS[0]);

    // A short text answer with a samordningsnummer: refused where it was typed, nothing stored, the focus stays.
    const note = page.getByRole('textbox', { name: /Kort notering/ });
    await note.fill('Se 121272-1219');
    await note.press('Enter');
    const itemAlert = page.locator('.cl-item').last().getByRole('alert');
    await itemAlert.waitFor();
    expect(await itemAlert.innerText()).toBe(messageText('sv', 'validation.personalIdentityNumber'));
    expect(await note.inputValue()).toBe('Se 121272-1219');
    expect(await focused(page)).toBe(SEVEN_ITEMS[6]);
    expect(db.answer(runId!, 'SN 2026/123', SEVEN_ITEMS[6])).toBeUndefined();
    expect(await page.locator('.cl-item').last().locator('.cl-mark--failed').count()).toBe(1);

    // A number that may be a child's personnummer: asked about beside the item, stored once the user says it is not one.
    await note.fill('Ring 0701234569');
    await note.press('Enter');
    await page.locator('.cl-item').last().getByRole('alert').getByText(messageText('sv', 'validation.possiblePersonalIdentityNumber')).waitFor();
    expect(db.answer(runId!, 'SN 2026/123', SEVEN_ITEMS[6])).toBeUndefined();
    await page.getByRole('button', { name: 'Det är inget personnummer – spara ändå' }).click();
    await until('the note', () => db.answer(runId!, 'SN 2026/123', SEVEN_ITEMS[6])?.value, (value) => value === 'Ring 0701234569');
    expect(await page.locator('.cl-item').last().getByRole('alert').count()).toBe(0);
  });
});

describe('checklist templates', () => {
  it('creates a checklist from a starter, and an edit of a used checklist makes version 2 while the old run keeps version 1', async () => {
    const { page, db, services, plan } = await start();
    await page.getByRole('button', { name: 'Ny checklista' }).click();
    await page.getByLabel(/Mottagning – förhandsbedömning/).check();
    await page.getByRole('button', { name: 'Skapa checklistan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ändra checklistan' }).waitFor();
    const starter = services.repos.checklists.templates.list(plan.plan.id).find((template) => template.name === 'Mottagning – förhandsbedömning');
    expect(starter?.itemCount).toBe(2);
    const oldText = 'Hur många dagar tog förhandsbedömningen, från anmälan till beslut?';
    expect(await page.getByLabel('Frågan').first().inputValue()).toBe(oldText);

    // Link the number item to the control of share within 14 days: no new version, the items stay.
    await page.getByLabel('Räknas in i egenkontroll').first().selectOption({ label: 'Andel förhandsbedömningar inom 14 dagar' });
    await page.getByRole('button', { name: 'Spara checklistan' }).click();
    await page.getByText('Checklistan är sparad.').waitFor();
    expect(services.repos.checklists.templates.get(starter!.id).currentVersion.version).toBe(1);
    expect(services.repos.checklists.templates.get(starter!.id).items[0]?.controlId).toBe(plan.within);

    // A run of version 1 with one answer.
    await page.getByRole('button', { name: 'Till översikten' }).click();
    await page.getByRole('button', { name: 'Starta genomgång: Mottagning – förhandsbedömning' }).click();
    await page.getByLabel('Leds av (initialer)').fill('MS');
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'ref');
    await page.keyboard.type('M-1');
    await page.keyboard.press('Enter');
    await waitForFocus(page, oldText);
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    const runId = await until('the run', () => db.latestRunId(), Boolean);
    await until('the answer', () => db.answer(runId!, 'M-1', oldText)?.value, (value) => value === 9);

    // Edit the used checklist: the editor says first that a new version will be made.
    await page.getByRole('button', { name: 'Till översikten' }).click();
    await page.getByRole('button', { name: 'Ändra checklistan Mottagning – förhandsbedömning' }).click();
    await page.getByText('Version 1 har använts i 1 genomgång.', { exact: false }).waitFor();
    const newText = 'Hur många dagar tog förhandsbedömningen?';
    await page.getByLabel('Frågan').first().fill(newText);
    await page.getByRole('button', { name: 'Spara checklistan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Spara som version 2?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Spara som version 2' }).click();
    await page.getByText('Frågorna är sparade som version 2. Genomgångar som redan gjorts behåller version 1.').waitFor();

    const template = services.repos.checklists.templates.get(starter!.id);
    expect(template.versions.map((version) => version.version).sort()).toEqual([1, 2]);
    expect(template.items[0]?.text).toBe(newText);
    // The link went with the item into the new version.
    expect(template.items[0]?.controlId).toBe(plan.within);
    const oldRun = services.repos.checklists.runs.get(runId!);
    expect(oldRun.version).toBe(1);
    expect(oldRun.items[0]?.text).toBe(oldText);

    // The old run still asks version 1's question, with its answer.
    await page.getByRole('button', { name: 'Till översikten' }).click();
    await page.getByRole('button', { name: /^Fortsätt genomgången .*Mottagning – förhandsbedömning/ }).click();
    await page.getByLabel('Ärendereferens').waitFor();
    expect(await page.locator('.cl-item__text').allInnerTexts()).toEqual([oldText, 'Vad blev beslutet?']);
    expect(await page.getByRole('textbox', { name: new RegExp(oldText.replace('?', '\\?')) }).inputValue()).toBe('9');

    // A new run asks the new one.
    await page.getByRole('button', { name: 'Till översikten' }).click();
    await page.getByRole('button', { name: 'Starta genomgång: Mottagning – förhandsbedömning' }).click();
    await page.getByLabel('Leds av (initialer)').fill('MS');
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'ref');
    expect(await page.locator('.cl-item__text').allInnerTexts()).toEqual([newText, 'Vad blev beslutet?']);
  });
});

describe('the end of a run', () => {
  it('sums up the run with deviation sentences, and a follow-up action lands in the plan', async () => {
    let runId = '';
    const { page, services, plan } = await start((services, prepared) => {
      // The fixture's checklist: violence (share yes, linked), days (median), days within 14 (share within), a note.
      runId = runWith(services.repos, prepared.templateId, '2026-03-12', [
        ['no', 20, 10, 'a'],
        ['yes', 30, 21],
        ['no', 10, 16],
        ['na', 12, 3],
      ]).runId;
    });
    await page.getByRole('button', { name: 'Fortsätt genomgången 2026-03-12, Ärendedragning, Ärendedragning' }).click();
    await page.getByRole('button', { name: 'Avsluta genomgången' }).click();
    await page.getByText('Sammanställning', { exact: true }).waitFor();
    expect(await page.locator('.cl-figure').allInnerTexts()).toEqual(['Genomgångna ärenden\n4', 'Besvarade frågor\n13 av 16', 'Avvikelser\n2']);
    const sentence = '2 av 3 ärenden där frågan om våld inte har ställts';
    expect(await page.locator('.cl-deviation__text').allInnerTexts()).toEqual([sentence, '2 av 4 ärenden låg över 14 dagar på ”Dagar för förhandsbedömningen”']);
    expect(services.repos.checklists.runs.get(runId).finishedAt).not.toBeNull();

    await page.getByRole('button', { name: `Skapa uppföljande åtgärd: ${sentence}` }).click();
    const form = page.getByRole('form', { name: 'Uppföljande åtgärd i planen' });
    expect(await form.getByLabel('Åtgärd').inputValue()).toBe(`Följ upp: ${sentence} (ärendedragning 2026-03-12).`);
    // The risk of the control the item feeds is chosen already.
    expect(await form.getByLabel('Under risken').inputValue()).toBe(plan.risk);
    await form.getByLabel('Ansvarig').fill('Gruppledare');
    await form.getByLabel('Klar senast').fill('2026-06-30');
    await form.getByRole('button', { name: 'Lägg till åtgärden i planen' }).click();
    await page.getByText('Åtgärden är tillagd i planen under risken ”Barnets situation blir inte belyst”').waitFor();
    // Made once: the button does not offer a second, identical action.
    expect(await page.getByRole('button', { name: `Skapa uppföljande åtgärd: ${sentence}` }).count()).toBe(0);

    const risk = services.repos.planDetail(plan.plan.id).processes.flatMap((process) => process.risks).find((candidate) => candidate.id === plan.risk);
    expect(risk?.actions.map((action) => ({ text: action.text, owner: action.owner, dueDate: action.dueDate, status: action.status }))).toEqual([
      { text: `Följ upp: ${sentence} (ärendedragning 2026-03-12).`, owner: 'Gruppledare', dueDate: '2026-06-30', status: 'not_started' },
    ]);
    // Signed in the plan's history by this computer's user.
    expect(services.repos.planHistory(plan.plan.id).some((entry) => entry.actor === CHECKLIST_ACTOR && entry.entity === 'action')).toBe(true);
  });
});
