import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocuments, PlanDocumentsInput } from '../../../electron/services/documents/documents-input';
import { formatNumber } from '../../../shared/results/format';
import { csvLines, demoDocuments } from './demo-documents';

let input: PlanDocumentsInput;
let documents: PlanDocuments;

beforeAll(async () => {
  ({ input, documents } = await demoDocuments());
});

describe('the bundle’s files for people', () => {
  it('are the workbook, the report and eight CSV files, the register and its compilation among them', () => {
    expect(Object.keys(documents).sort()).toEqual(
      ['atgarder.csv', 'egenkontroller.csv', 'genomgangar.csv', 'kvalitetsplan.xlsx', 'kvalitetsrapport.pdf', 'rapporter-sammanstallning.csv', 'rapporter.csv', 'resultat.csv', 'risker.csv', 'svar.csv'].sort(),
    );
    for (const [name, bytes] of Object.entries(documents)) {
      if (name.endsWith('.csv')) expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('list every risk with its assessment and level before and after action', () => {
    const lines = csvLines(documents['risker.csv']);
    expect(lines[0]).toBe(
      'Process;Processgrupp;Risk;Riskägare;Kvalitetsområden;Sannolikhet före;Konsekvens före;Risknivå före;Sannolikhet efter;Konsekvens efter;Risknivå efter',
    );
    const risks = input.plan.processes.flatMap((process) => process.risks);
    expect(lines).toHaveLength(risks.length + 1);
    const violence = lines.find((line) => line.startsWith('Våld i nära relation;'))!;
    expect(violence.split(';').slice(5)).toEqual(['3', '4', 'Mycket hög', '2', '4', 'Hög']);
  });

  it('give every control’s year figure with decimal comma, its target and its status in words', () => {
    const lines = csvLines(documents['egenkontroller.csv']);
    expect(lines[0]!.split(';').slice(-4)).toEqual(['Tolerans', 'Årets resultat', 'Status', 'Källa']);
    const within = lines.find((line) => line.includes(';Andel förhandsbedömningar som blir klara inom 14 dagar;'))!;
    const figure = input.yearResults.controls.find((control) => control.definition.startsWith('Andel förhandsbedömningar'))!.periods[0]!.value!;
    expect(within).toContain(`;Minst;100;%;15;${formatNumber(figure, 2)};Gul;Checklista`);
  });

  it('give actions with owner, due date and status, and whether they came from last year', () => {
    const lines = csvLines(documents['atgarder.csv']);
    expect(lines[0]).toBe('Process;Risk;Åtgärd;Ansvarig;Klart senast;Status;Uppföljning;Överförd från föregående år');
    expect(lines.slice(1).every((line) => /;\d{4}-\d{2}-\d{2};(Ej påbörjad|Pågår|Klar|Avbruten);/.test(line))).toBe(true);
  });

  it('give the results per period, the runs of the year and every answer as people read it', () => {
    const results = csvLines(documents['resultat.csv']);
    expect(results[0]!.startsWith('Process;Risk;Egenkontroll;Periodtyp;Period;')).toBe(true);
    expect(results.length).toBe(1 + input.results.controls.reduce((sum, control) => sum + control.periods.length, 0));

    const runs = csvLines(documents['genomgangar.csv']);
    expect(runs[0]).toBe('Datum;Checklista;Version;Sammanhang;Ledd av;Grupp;Ärenden;Svar;Avslutad');
    expect(runs).toHaveLength(input.runs.length + 1);
    expect(runs.slice(1).map((line) => line.slice(0, 10))).toEqual([...runs.slice(1).map((line) => line.slice(0, 10))].sort());

    const answers = csvLines(documents['svar.csv']);
    expect(answers[0]).toBe('Datum;Checklista;Ärende;Fråga;Svar;Kommentar');
    expect(answers).toHaveLength(input.answers.length + 1);
    const values = new Set(answers.slice(1).map((line) => line.split(';')[4]));
    expect(values).toContain('Ja');
    expect(values).toContain('Nej');
    expect([...values].some((value) => /^\d+ dagar$/.test(value ?? ''))).toBe(true);
  });
});
