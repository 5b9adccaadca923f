import type ExcelJS from 'exceljs';
import type { PlanContent } from '../../../../shared/domain/plan-content';
import { swedishLabels } from '../../../../shared/domain/plan-enums';
import { SECTION_FONT, TITLE_FONT, styleHeaderRow } from './styles';
import { AREA_SEPARATOR, COLUMNS, COLUMN_KEYS, SHEETS, type ColumnKey } from './template';

const list = (labels: Record<string, string>) => Object.values(labels).join(', ');

function allowedValues(content: PlanContent): Partial<Record<ColumnKey, string>> {
  const likelihood = `1–${content.matrix.likelihood.length} (se bladet ”${SHEETS.matrix}”)`;
  const consequence = `1–${content.matrix.consequence.length} (se bladet ”${SHEETS.matrix}”)`;
  return {
    processGroup: list(swedishLabels.processGroup),
    qualityAreas: `${content.qualityAreas.join(', ')} (se bladet ”${SHEETS.qualityAreas}”)`,
    likelihood,
    consequence,
    residualLikelihood: likelihood,
    residualConsequence: consequence,
    method: list(swedishLabels.measureMethod),
    frequency: list(swedishLabels.measureFrequency),
    measureKind: list(swedishLabels.measureKind),
    targetDirection: list(swedishLabels.targetDirection),
    status: list(swedishLabels.actionStatus),
  };
}

const RULES = [
  `Bladet ”${SHEETS.main}” har en rad per del av planen. Process och risk skrivs på varje rad som hör till dem.`,
  'Rader direkt efter varandra med samma process hör till samma process. Inom den hör rader direkt efter varandra med samma risktext till samma risk.',
  'En risk med flera egenkontroller eller åtgärder får flera rader: rad 1 bär den första egenkontrollen och den första åtgärden, rad 2 den andra, och så vidare.',
  'En process utan risker är en rad där bara processens kolumner är ifyllda. En risk utan egenkontroll eller åtgärd är en rad där de kolumnerna är tomma.',
  'Två risker direkt efter varandra i samma process behöver olika texter, annars läses de som en risk.',
  `Flera kvalitetsområden skrivs i samma cell, åtskilda med semikolon (${AREA_SEPARATOR}).`,
  'Kolumnernas ordning spelar ingen roll, men rubrikerna ska stå på första raden och stavas som i mallen. Process och Risk måste finnas.',
  'Skriv aldrig personnummer, namn eller andra personuppgifter i planen. Hänvisa till ärenden med en neutral referens.',
  'Vid import kontrolleras hela filen först. Om något är fel visas en lista rad för rad och ingenting importeras.',
  `En CSV-fil kan bara innehålla bladet ”${SHEETS.main}”. Kvalitetsområden, riskmatris och planens uppgifter tas då från planen som redan finns, annars från standardinställningarna.`,
  `På bladet ”${SHEETS.plan}” visas Enhet och År bara för läsaren: importen gäller den enhet och det år du väljer i Kvalitetshjulet.`,
];

/** Swedish help for whoever fills in the template, with the values this plan accepts. */
export function writeInstructionsSheet(workbook: ExcelJS.Workbook, content: PlanContent): void {
  const sheet = workbook.addWorksheet(SHEETS.instructions);
  sheet.columns = [{ width: 28 }, { width: 70 }, { width: 60 }, { width: 10 }];
  sheet.addRow(['Så fyller du i mallen']).getCell(1).font = TITLE_FONT;
  for (const rule of RULES) {
    const row = sheet.addRow([null, rule]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  sheet.addRow([`Kolumnerna på bladet ”${SHEETS.main}”`]).getCell(1).font = SECTION_FONT;
  styleHeaderRow(sheet.addRow(['Kolumn', 'Innehåll', 'Tillåtna värden', 'Krävs']));
  const allowed = allowedValues(content);
  for (const key of COLUMN_KEYS) {
    const row = sheet.addRow([COLUMNS[key].heading, COLUMNS[key].help, allowed[key] ?? null, COLUMNS[key].required ? 'Ja' : null]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { bold: true };
  }
}
