import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/format';
import * as schema from '../schema';

/** The register's rows; report-problems.ts holds their kinds, statuses and dates to the register's rules. */
const reportRows = {
  reportCategories: createSelectSchema(schema.reportCategories),
  reportSettings: createSelectSchema(schema.reportSettings),
  reports: createSelectSchema(schema.reports),
  reportQualityAreas: createSelectSchema(schema.reportQualityAreas),
  reportActions: createSelectSchema(schema.reportActions),
  reportRisks: createSelectSchema(schema.reportRisks),
  reportAnalyses: createSelectSchema(schema.reportAnalyses),
  controlReportMeasures: createSelectSchema(schema.controlReportMeasures),
};

/** Rows exactly as the tables hold them, so an import writes back what the export read, column for column. */
export const bundleRows = {
  qualityAreas: createSelectSchema(schema.qualityAreas),
  improvementAreas: createSelectSchema(schema.improvementAreas),
  processes: createSelectSchema(schema.processes),
  risks: createSelectSchema(schema.risks),
  riskQualityAreas: createSelectSchema(schema.riskQualityAreas),
  controls: createSelectSchema(schema.controls),
  actions: createSelectSchema(schema.actions),
  checklistTemplates: createSelectSchema(schema.checklistTemplates),
  checklistTemplateVersions: createSelectSchema(schema.checklistTemplateVersions),
  checklistItems: createSelectSchema(schema.checklistItems),
  checklistRuns: createSelectSchema(schema.checklistRuns),
  runCases: createSelectSchema(schema.runCases),
  answers: createSelectSchema(schema.answers),
  manualResults: createSelectSchema(schema.manualResults),
  ...reportRows,
};

export type BundleTable = keyof typeof bundleRows;

/** The order rows are written in, parents before children, so every foreign key finds its row. */
export const BUNDLE_TABLES = Object.keys(bundleRows) as BundleTable[];

/** Tables added by format 2 (the register of reports): a bundle of format 1 has none of them. */
export const REPORT_TABLES = Object.keys(reportRows) as (keyof typeof reportRows)[];

/** The unit's own rows rather than the plan's: another year's bundle of the unit brings them too. */
export const UNIT_TABLES: ReadonlySet<BundleTable> = new Set(['reportCategories', 'reportSettings']);

const tableArrays = Object.fromEntries(BUNDLE_TABLES.map((table) => [table, z.array(bundleRows[table])])) as {
  [T in BundleTable]: z.ZodArray<(typeof bundleRows)[T]>;
};

const CurrentBundleData = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  unit: createSelectSchema(schema.units).omit({ origin: true }),
  plan: createSelectSchema(schema.plans),
  ...tableArrays,
});

/** A bundle of format 1 was made before the register existed: it reads as one with an empty register. */
function upgradeFormat1(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || (raw as { formatVersion?: unknown }).formatVersion !== 1) return raw;
  return { ...raw, ...Object.fromEntries(REPORT_TABLES.map((table) => [table, []])), formatVersion: BUNDLE_FORMAT_VERSION };
}

/** data.json: one unit's plan of one year with its checklists, runs, answers, manual results and register of reports. */
export const BundleData = z.preprocess(upgradeFormat1, CurrentBundleData);
export type BundleData = z.infer<typeof CurrentBundleData>;
export type BundleTables = { [T in BundleTable]: BundleData[T] };
