import { resultsCsvLines } from './results-table';
import { csvBytes, csvFile } from './csv';
import type { PlanDocumentsInput } from './documents-input';

/** resultat.csv: every control per period of its own frequency, the same columns as the results command prints. */
export function resultsCsv({ results }: PlanDocumentsInput): Uint8Array {
  return csvBytes(resultsCsvLines(results));
}

/** genomgangar.csv: one row per checklist run of the year. */
export function runsCsv({ runs }: PlanDocumentsInput): Uint8Array {
  const headings = ['Datum', 'Checklista', 'Version', 'Sammanhang', 'Ledd av', 'Grupp', 'Ärenden', 'Svar', 'Avslutad'];
  const rows = runs.map((run) => [
    run.date,
    run.templateName,
    run.version,
    run.context,
    run.runBy,
    run.team,
    run.cases,
    run.answers,
    run.finished ? 'Ja' : 'Nej',
  ]);
  return csvFile(headings, rows);
}

/** svar.csv: every answer as a person reads it, so Excel users can count for themselves. */
export function answersCsv({ answers }: PlanDocumentsInput): Uint8Array {
  const headings = ['Datum', 'Checklista', 'Ärende', 'Fråga', 'Svar', 'Kommentar'];
  return csvFile(
    headings,
    answers.map((answer) => [answer.date, answer.templateName, answer.caseRef, answer.itemText, answer.value, answer.comment]),
  );
}
