import type { BundleDocuments, BundleDocumentsInput } from '../documents-input';
import { actionsCsv, controlsCsv, risksCsv } from './plan-csv';
import { answersCsv, resultsCsv, runsCsv } from './activity-csv';
import { kvalitetsplanXlsx } from './kvalitetsplan-xlsx';
import { kvalitetsrapportPdf } from './kvalitetsrapport-pdf';

/** The people-facing files of a yearly bundle, by their name inside it. */
export async function buildBundleDocuments(input: BundleDocumentsInput): Promise<BundleDocuments> {
  return {
    'kvalitetsplan.xlsx': await kvalitetsplanXlsx(input),
    'kvalitetsrapport.pdf': await kvalitetsrapportPdf(input),
    'risker.csv': risksCsv(input),
    'egenkontroller.csv': controlsCsv(input),
    'resultat.csv': resultsCsv(input),
    'atgarder.csv': actionsCsv(input),
    'genomgangar.csv': runsCsv(input),
    'svar.csv': answersCsv(input),
  };
}
