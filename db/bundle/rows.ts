import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/format';
import * as schema from '../schema';

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
};

export type BundleTable = keyof typeof bundleRows;

/** The order rows are written in, parents before children, so every foreign key finds its row. */
export const BUNDLE_TABLES = Object.keys(bundleRows) as BundleTable[];

const tableArrays = Object.fromEntries(BUNDLE_TABLES.map((table) => [table, z.array(bundleRows[table])])) as {
  [T in BundleTable]: z.ZodArray<(typeof bundleRows)[T]>;
};

/** data.json: one unit's plan of one year with its checklists, runs, answers and manual results. */
export const BundleData = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  unit: createSelectSchema(schema.units).omit({ origin: true }),
  plan: createSelectSchema(schema.plans),
  ...tableArrays,
});
export type BundleData = z.infer<typeof BundleData>;
export type BundleTables = { [T in BundleTable]: BundleData[T] };
