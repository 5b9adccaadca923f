import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/services/spreadsheet/import-spreadsheet';
import { problemLine } from '../../../shared/domain/import-problem';
import { newPlanContent } from '../../../shared/domain/new-plan';
import type { PlanContent } from '../../../shared/domain/plan-content';
import { testServices } from '../../support/services';
import { action, at, control, process, risk } from '../../fixtures/plans/builders';
import { ACTOR, importFixture, swedishCsv } from './support';

async function parsed(fileName: string, bytes: Uint8Array, base: PlanContent = newPlanContent()): Promise<PlanContent> {
  const result = await parsePlanFile(fileName, bytes, base);
  if (!result.ok) throw new Error(result.problems.map(problemLine).join('\n'));
  return result.content;
}

async function problems(lines: string[]): Promise<string[]> {
  const result = await parsePlanFile('plan.csv', swedishCsv(lines), newPlanContent());
  return result.ok ? [] : result.problems.map(problemLine);
}

describe('reading the main table', () => {
  it('finds columns by heading in any order, whatever the case and spacing', async () => {
    const content = await parsed('plan.csv', swedishCsv(['  konsekvens ;RISK;Process;Sannolikhet  efter åtgärd;sannolikhet;KONSEKVENS EFTER ÅTGÄRD', '2;Väntetiden är lång;Mottagning;1;3;2']));
    expect(content.processes).toEqual([process('Mottagning', '', [risk('Väntetiden är lång', { inherent: at(3, 2), residual: at(1, 2) })])]);
  });

  it('groups rows into processes and risks, row k carrying the k-th control and action, and reads an empty repeat as "same as above"', async () => {
    const content = await parsed(
      'plan.csv',
      swedishCsv([
        'Process;Processgrupp;Risk;Riskägare;Sannolikhet;Konsekvens;Egenkontroll;Mätmetod;Frekvens;Måttyp;Målvärde;Åtgärd;Status',
        'Lex Sarah;Stödprocess;;;;;;;;;;;',
        'Mottagning;;Väntetiden är lång;Gruppledare;3 – Stor;2;Ledtid;RAPPORT FRÅN VERKSAMHETSSYSTEMET;varje månad;tal;1 000;Följ upp varje vecka;pågår',
        'Mottagning;;Väntetiden är lång;;;;Andel i tid;Aktgranskning;Varje kvartal;Andel;87,5;Anställ en till;',
        'Mottagning;Huvudprocess;Väntetiden är lång;Gruppledare;3;;;;;;;Mät igen i höst;Klar',
        'Mottagning;;Barnet hörs inte;;;;;;;;;;',
      ]),
    );
    const ledtid = control('Ledtid', { method: 'case_system_report', frequency: 'monthly', measureKind: 'number', targetValue: 1000 });
    const inTime = control('Andel i tid', { method: 'file_audit', frequency: 'quarterly', measureKind: 'share', targetValue: 87.5 });
    expect(content.processes).toEqual([
      process('Lex Sarah', '', [], 'support'),
      process('Mottagning', '', [
        risk('Väntetiden är lång', {
          owner: 'Gruppledare',
          inherent: at(3, 2),
          controls: [ledtid, inTime],
          actions: [action('Följ upp varje vecka', { status: 'in_progress' }), action('Anställ en till'), action('Mät igen i höst', { status: 'done' })],
        }),
        risk('Barnet hörs inte'),
      ]),
    ]);
  });

  it('matches quality areas without regard to case, separated by semicolons or line breaks, in the plan’s order and spelling', async () => {
    const content = await parsed('plan.csv', swedishCsv(['Process;Risk;Kvalitetsområden', 'Mottagning;Väntetiden är lång;"effektivitet\nTRYGGHET OCH SÄKERHET ; Effektivitet"']));
    expect(content.processes[0]?.risks[0]?.qualityAreas).toEqual(['Trygghet och säkerhet', 'Effektivitet']);
  });

  it('reports a filled cell that contradicts the first row of its risk', async () => {
    expect(
      await problems(['Process;Risk;Riskägare;Sannolikhet;Konsekvens', 'Mottagning;Väntetiden är lång;Anna;2;2', 'Mottagning;Väntetiden är lång;Bertil;2;3']),
    ).toEqual([
      'Rad 3, Riskägare: Skiljer sig från rad 2, som hör till samma risk. Skriv samma värde på alla rader för risken eller lämna cellen tom.',
      'Rad 3, Konsekvens: Skiljer sig från rad 2, som hör till samma risk. Skriv samma värde på alla rader för risken eller lämna cellen tom.',
    ]);
  });

  it('reports what is not a level, and a level on a smaller scale', async () => {
    expect(await problems(['Process;Risk;Sannolikhet;Konsekvens', 'Mottagning;Väntetiden är lång;hög;2,5', 'Mottagning;Barnet hörs inte;0;4'])).toEqual([
      'Rad 2, Sannolikhet: ”hög” är inte en nivå. Ange ett heltal 1–4.',
      'Rad 2, Konsekvens: ”2,5” är inte en nivå. Ange ett heltal 1–4.',
      'Rad 3, Sannolikhet: 0 finns inte på planens skala 1–4.',
    ]);
  });
});

describe('reading a workbook', () => {
  it('reads date, number, formula and rich-text cells as Excel users leave them', async () => {
    const workbook = new ExcelJS.Workbook();
    const main = workbook.addWorksheet('Risker och kontroller');
    main.addRow(['Process', 'Risk', 'Sannolikhet', 'Konsekvens', 'Egenkontroll', 'Mätmetod', 'Frekvens', 'Måttyp', 'Målvärde', 'Åtgärd', 'Klart senast']);
    main.addRow([
      { richText: [{ text: 'Motta' }, { text: 'gning', font: { bold: true } }] },
      'Väntetiden är lång',
      { formula: '1+2', result: 3 },
      2,
      'Ledtid',
      'Räkning',
      'Löpande',
      'Antal',
      0.1 + 0.2,
      'Följ upp',
      new Date(Date.UTC(2026, 5, 30)),
    ]);
    const plan = workbook.addWorksheet('Plan');
    plan.addRow(['Fastställd', new Date(Date.UTC(2026, 1, 14))]);
    plan.addRow(['Diarienummer', 2026]);
    const content = await parsed('plan.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(content.meta).toEqual({ ...newPlanContent().meta, adoptedOn: '2026-02-14', diarienummer: '2026' });
    expect(content.processes).toEqual([
      process('Mottagning', '', [
        risk('Väntetiden är lång', {
          inherent: at(3, 2),
          controls: [control('Ledtid', { method: 'count', frequency: 'continuous', measureKind: 'count', targetValue: 0.1 + 0.2 })],
          actions: [action('Följ upp', { dueDate: '2026-06-30' })],
        }),
      ]),
    ]);
  });

  it('takes a lone sheet under another name as the main table and the rest from the plan it replaces', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRows([['Process', 'Risk', 'Kvalitetsområden'], ['Mottagning', 'Väntetiden är lång', 'Rättssäkerhet']]);
    const base = { ...newPlanContent(), qualityAreas: ['Rättssäkerhet'], improvementAreas: ['Kortare väntetider'] };
    const content = await parsed('plan.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()), base);
    expect(content).toEqual({ ...base, processes: [process('Mottagning', '', [risk('Väntetiden är lång', { areas: ['Rättssäkerhet'] })])] });
  });
});

describe('the plan title', () => {
  it('comes from the Plan sheet for a new plan and stays as it is when a plan is replaced', async () => {
    const services = testServices();
    try {
      const created = await importFixture(services.repos, 'Äldreenheten', 2017, 'seed-004.xlsx');
      expect(created.imported && created.plan.title).toBe('Uppföljningsplan för kvalitet 2017 – Äldreenheten');
      const planId = created.imported ? created.plan.id : '';
      services.repos.lifecycle.updateMeta(planId, { title: 'Egen rubrik' }, ACTOR);
      const replaced = await importFixture(services.repos, 'Äldreenheten', 2017, 'seed-004.xlsx');
      expect(replaced.imported && replaced.plan).toMatchObject({ id: planId, title: 'Egen rubrik' });
    } finally {
      services.close();
    }
  });
});
