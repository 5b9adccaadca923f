import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocumentsInput } from '../../../electron/services/documents/documents-input';
import { kvalitetsrapportPdf } from '../../../electron/services/documents/kvalitetsrapport-pdf';
import { winAnsi } from '../../../electron/services/documents/pdf/win-ansi';
import { demoDocuments } from './demo-documents';
import { pdfText, type PdfText } from './pdf-text';

let input: PlanDocumentsInput;
let bytes: Uint8Array;
let pdf: PdfText;
let all: string;

beforeAll(async () => {
  const demo = await demoDocuments();
  input = demo.input;
  bytes = demo.documents['kvalitetsrapport.pdf']!;
  pdf = await pdfText(bytes);
  all = pdf.pageTexts.join(' ');
});

describe('kvalitetsrapport.pdf', () => {
  it('is a PDF of a few A4 pages', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.pages).toBeLessThanOrEqual(12);
  });

  it('opens with a title page naming the unit, the year, the plan, its status and the export date in Swedish', () => {
    const title = pdf.pageTexts[0]!;
    expect(title).toContain('KVALITETSRAPPORT');
    expect(title).toContain('Barn och unga – utredning, Norra stadsdelen');
    expect(title).toContain(input.plan.title);
    expect(title).toContain('Utkast');
    expect(title).toContain('24 november 2026');
    expect(title).not.toContain('Sida');
  });

  it('numbers the other pages and names the unit and year in their footer', () => {
    pdf.pageTexts.slice(1).forEach((text, index) => {
      expect(text).toContain('Kvalitetshjulet · Barn och unga – utredning, Norra stadsdelen · 2026');
      expect(text).toContain(`Sida ${index + 2} av ${pdf.pages}`);
    });
  });

  it('gives every process, risk and control, each control’s figure in Swedish form against its target', () => {
    for (const process of input.plan.processes) expect(all).toContain(process.name);
    const violence = input.yearResults.controls.find((control) => control.definition.includes('frågan om våld'))!;
    expect(all).toContain(violence.definition);
    const figure = violence.periods[0]!.value!.toFixed(1).replace('.', ',');
    expect(all).toMatch(new RegExp(`${figure} % Röd`));
    expect(all).toContain('Minst 100 %');
    expect(all).toContain('Högst 14 dagar');
    expect(all).toMatch(/2025: \d+(,\d)? % 2026: \d+(,\d)? %/);
  });

  it('summarises results and actions, draws both heat maps and ends with the improvement areas', () => {
    expect(all).toContain('Sammanfattning');
    expect(all).toContain('Före åtgärd');
    expect(all).toContain('Efter åtgärd');
    expect(all).toContain('Risker från nivån Hög behöver en egenkontroll.');
    for (const area of input.plan.improvementAreas) expect(pdf.pageTexts.at(-1)).toContain(area.text);
  });

  it('lists the actions with their owners and statuses, and marks those past their due date', () => {
    const actions = input.plan.processes.flatMap((process) => process.risks.flatMap((risk) => risk.actions));
    for (const action of actions) expect(all).toContain(action.text);
    expect(all).toContain('Försenad');
  });

  it('repeats a table’s heading row when a long plan breaks it across pages', async () => {
    const [process] = input.plan.processes;
    const risks = Array.from({ length: 40 }, (_, index) => ({ ...process!.risks[0]!, id: `risk-${index}`, text: `Risk nummer ${index + 1} ${'med en lång beskrivning '.repeat(6)}` }));
    const long = { ...input, plan: { ...input.plan, processes: [{ ...process!, risks }] } };
    const text = await pdfText(await kvalitetsrapportPdf(long));
    const withHeading = text.pageTexts.filter((page) => page.includes('Nr Risk och kvalitetsområden Riskägare Före åtgärd Efter åtgärd'));
    expect(withHeading.length).toBeGreaterThanOrEqual(3);
    expect(text.pageTexts.join(' ')).toContain('Risk nummer 40');
  });
});

describe('text for the standard PDF fonts', () => {
  it('keeps Swedish letters and typographic signs and replaces what the fonts cannot show', () => {
    expect(winAnsi('Åsa, Ärla och Örjan – 87,5 % · ”citat” …')).toBe('Åsa, Ärla och Örjan – 87,5 % · ”citat” …');
    expect(winAnsi('minst ≥ 90 → bra, Łódź, 中')).toBe('minst >= 90 -> bra, Lódz, ?');
    expect(winAnsi('rad ett\r\nrad\ttvå')).toBe('rad ett\nrad två');
  });
});
