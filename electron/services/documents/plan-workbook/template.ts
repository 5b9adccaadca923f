/**
 * The spreadsheet template: sheet names and the columns of the main table, in the
 * order an export writes them. Import matches columns by heading, so the order here
 * is only what people see.
 */

export const SHEETS = {
  main: 'Risker och kontroller',
  plan: 'Plan',
  qualityAreas: 'Kvalitetsområden',
  improvementAreas: 'Förbättringsområden',
  matrix: 'Riskmatris',
  instructions: 'Instruktioner',
} as const;

/** The columns that describe a risk beyond its text, before any control or action on its row. */
export const RISK_DETAIL_COLUMNS = ['riskOwner', 'qualityAreas', 'likelihood', 'consequence', 'residualLikelihood', 'residualConsequence'] as const;

export const CONTROL_COLUMNS = [
  'control',
  'method',
  'methodDescription',
  'controlResponsible',
  'occasion',
  'frequency',
  'measureKind',
  'targetValue',
  'targetUnit',
  'targetDirection',
  'tolerance',
] as const;

export const ACTION_COLUMNS = ['action', 'actionOwner', 'dueDate', 'status', 'followUp'] as const;

/** The main table left to right: the process, its risk, then the risk's details, control and action. */
export const COLUMN_KEYS = ['process', 'processGroup', 'responsibleTeam', 'risk', ...RISK_DETAIL_COLUMNS, ...CONTROL_COLUMNS, ...ACTION_COLUMNS] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  heading: string;
  /** Excel character widths, chosen so typical seed texts wrap to two or three lines. */
  width: number;
  required: boolean;
  help: string;
}

export const COLUMNS: Record<ColumnKey, ColumnSpec> = {
  process: { heading: 'Process', width: 26, required: true, help: 'Processens namn. Upprepas på varje rad som hör till processen.' },
  processGroup: { heading: 'Processgrupp', width: 14, required: false, help: 'Huvudprocess eller stödprocess. Tom cell betyder huvudprocess.' },
  responsibleTeam: { heading: 'Ansvarig grupp', width: 22, required: false, help: 'Gruppen som ansvarar för processen.' },
  risk: { heading: 'Risk', width: 40, required: true, help: 'Riskens beskrivning. Upprepas på varje rad som hör till risken. Tom om processen saknar risker.' },
  riskOwner: { heading: 'Riskägare', width: 22, required: false, help: 'Vem som äger risken, till exempel en grupp eller en funktion.' },
  qualityAreas: { heading: 'Kvalitetsområden', width: 28, required: false, help: 'Ett eller flera av planens kvalitetsområden, åtskilda med semikolon (;).' },
  likelihood: { heading: 'Sannolikhet', width: 12, required: false, help: 'Nivånummer på planens sannolikhetsskala, före åtgärd. Tom om risken inte är bedömd.' },
  consequence: { heading: 'Konsekvens', width: 12, required: false, help: 'Nivånummer på planens konsekvensskala, före åtgärd. Anges tillsammans med sannolikhet.' },
  residualLikelihood: { heading: 'Sannolikhet efter åtgärd', width: 13, required: false, help: 'Förväntad sannolikhet när kontroller och åtgärder är på plats.' },
  residualConsequence: { heading: 'Konsekvens efter åtgärd', width: 13, required: false, help: 'Förväntad konsekvens när kontroller och åtgärder är på plats.' },
  control: { heading: 'Egenkontroll', width: 40, required: false, help: 'Vad egenkontrollen mäter (definition). En egenkontroll per rad.' },
  method: { heading: 'Mätmetod', width: 22, required: false, help: 'Hur det mäts. Krävs när raden har en egenkontroll.' },
  methodDescription: { heading: 'Beskrivning av mätmetod', width: 30, required: false, help: 'Mätmetoden med egna ord, till exempel vilken rapport eller checklista.' },
  controlResponsible: { heading: 'Ansvar och stöd', width: 24, required: false, help: 'Vem som mäter och vem som stöttar.' },
  occasion: { heading: 'Mättillfälle', width: 18, required: false, help: 'När det mäts, med egna ord, till exempel ”oktober” eller ”vid varje ärendedragning”.' },
  frequency: { heading: 'Frekvens', width: 16, required: false, help: 'Hur ofta det mäts. Krävs när raden har en egenkontroll.' },
  measureKind: { heading: 'Måttyp', width: 10, required: false, help: 'Vilken sorts resultat kontrollen ger. Krävs när raden har en egenkontroll.' },
  targetValue: { heading: 'Målvärde', width: 10, required: false, help: 'Målet som ett tal, till exempel 100 eller 87,5. Tomt om det saknas.' },
  targetUnit: { heading: 'Enhet', width: 10, required: false, help: 'Målvärdets enhet, till exempel % eller dagar.' },
  targetDirection: { heading: 'Riktning', width: 16, required: false, help: 'Om resultatet ska nå minst eller högst målvärdet. Tom cell betyder minst.' },
  tolerance: { heading: 'Tolerans', width: 10, required: false, help: 'Hur långt från målvärdet ett resultat får ligga och ändå vara gult i stället för rött. Tom cell betyder 0.' },
  action: { heading: 'Åtgärd', width: 40, required: false, help: 'Vad som ska göras. En åtgärd per rad.' },
  actionOwner: { heading: 'Åtgärdsansvarig', width: 20, required: false, help: 'Vem som ansvarar för åtgärden.' },
  dueDate: { heading: 'Klart senast', width: 12, required: false, help: 'Datum som ÅÅÅÅ-MM-DD, till exempel 2026-06-30. Tomt om inget datum är satt.' },
  status: { heading: 'Status', width: 12, required: false, help: 'Åtgärdens status. Tom cell betyder ej påbörjad.' },
  followUp: { heading: 'Uppföljning', width: 36, required: false, help: 'Anteckningar om hur åtgärden har följts upp.' },
};

/** Keys of the Plan sheet, one per row: the key in column A, the value in column B. */
export const PLAN_KEYS = {
  title: 'Rubrik',
  unit: 'Enhet',
  year: 'År',
  diarienummer: 'Diarienummer',
  adoptedOn: 'Fastställd',
  decisionBody: 'Beslutsinstans',
  processOwner: 'Ansvarig processägare',
} as const;

export const AREA_HEADINGS = { qualityAreas: 'Kvalitetsområde', improvementAreas: 'Förbättringsområde' } as const;

/** Separates several quality areas in one cell; a line break is accepted too, as people type one per line in Excel. */
export const AREA_SEPARATOR = ';';

/** Headings are matched without regard to case or spacing, as people retype them. */
export function normalizeHeading(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

/** "A" for index 0, "AA" for index 26, as Excel names its columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
