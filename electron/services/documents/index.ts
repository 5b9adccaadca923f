import type { PlanDocuments, PlanDocumentsInput } from './documents-input';
import { actionsCsv, controlsCsv, risksCsv } from './plan-csv';
import { answersCsv, resultsCsv, runsCsv } from './activity-csv';
import { kvalitetsplanXlsx } from './kvalitetsplan-xlsx';
import { kvalitetsrapportPdf } from './kvalitetsrapport-pdf';
import { csvBytes } from './csv';
import { compilationCsvLines, reportListCsvLines } from './reports-csv';

/** The people-facing files of a plan's year, by file name: what a yearly bundle carries beside its data. */
export async function buildPlanDocuments(input: PlanDocumentsInput): Promise<PlanDocuments> {
  return {
    'kvalitetsplan.xlsx': await kvalitetsplanXlsx(input),
    'kvalitetsrapport.pdf': await kvalitetsrapportPdf(input),
    'risker.csv': risksCsv(input),
    'egenkontroller.csv': controlsCsv(input),
    'resultat.csv': resultsCsv(input),
    'atgarder.csv': actionsCsv(input),
    'genomgangar.csv': runsCsv(input),
    'svar.csv': answersCsv(input),
    'rapporter.csv': csvBytes(reportListCsvLines(input.register.reports)),
    'rapporter-sammanstallning.csv': csvBytes(compilationCsvLines(input.register.tertials)),
  };
}
