import type { PlanContent } from '../../../shared/domain/plan-content';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import type { PeriodAnalysis } from '../../../shared/reports/analysis';
import type { Compilation } from '../../../shared/reports/compilation';
import type { ReportSummary } from '../../../shared/reports/report';
import type { PlanResults } from '../../../shared/results/control-results';

/** One checklist run of the year, as the people-facing files list it. */
export interface RunSummaryLine {
  runId: string;
  templateName: string;
  version: number;
  date: string;
  context: string;
  runBy: string;
  team: string;
  cases: number;
  answers: number;
  finished: boolean;
}

/** One answer, for the CSV that lets Excel users count for themselves. */
export interface AnswerLine {
  runId: string;
  date: string;
  templateName: string;
  caseRef: string;
  itemText: string;
  /** The value as a person reads it: "Ja", "Nej", "Ej aktuellt", a number with decimal comma, a date, a choice. */
  value: string;
  comment: string;
}

/** The year's register of reports as the documents print it, counted on the day of the export. */
export interface RegisterDocumentsInput {
  reports: ReportSummary[];
  /** The sammanställning per tertial, as the analysdagar go through it. */
  tertials: Compilation;
  wholeYear: Compilation;
  analyses: PeriodAnalysis[];
}

/**
 * Everything the people-facing files of a plan's year (kvalitetsplan.xlsx, the CSV files, the PDF
 * report) are made from. Built from the unit's database when they are made, so the trend over
 * earlier years is included even though the plan itself is one year's.
 */
export interface PlanDocumentsInput {
  unitName: string;
  year: number;
  /** ISO timestamp of the export; printed in Swedish form on the documents. */
  exportedAt: string;
  appVersion: string;
  plan: PlanDetail;
  /** The same plan without ids, as the spreadsheet template writes it (kvalitetsplan.xlsx reads back into `plan import`). */
  content: PlanContent;
  /** Each control per its own measuring frequency (month, quarter…), with the trend over years. */
  results: PlanResults;
  /** Each control's figure for the whole year. */
  yearResults: PlanResults;
  runs: RunSummaryLine[];
  answers: AnswerLine[];
  register: RegisterDocumentsInput;
}

/** The people-facing files, by file name. */
export type PlanDocuments = Record<string, Uint8Array>;
