import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../shared/errors';
import type { AppDatabase } from '../connection';
import * as schema from '../schema';
import { BUNDLE_TABLES, UNIT_TABLES, type BundleData, type BundleTable } from './rows';

const TABLES: { [T in BundleTable]: SQLiteTable } = {
  qualityAreas: schema.qualityAreas,
  improvementAreas: schema.improvementAreas,
  processes: schema.processes,
  risks: schema.risks,
  riskQualityAreas: schema.riskQualityAreas,
  controls: schema.controls,
  actions: schema.actions,
  checklistTemplates: schema.checklistTemplates,
  checklistTemplateVersions: schema.checklistTemplateVersions,
  checklistItems: schema.checklistItems,
  checklistRuns: schema.checklistRuns,
  runCases: schema.runCases,
  answers: schema.answers,
  manualResults: schema.manualResults,
  reportCategories: schema.reportCategories,
  reportSettings: schema.reportSettings,
  reports: schema.reports,
  reportQualityAreas: schema.reportQualityAreas,
  reportActions: schema.reportActions,
  reportRisks: schema.reportRisks,
  reportAnalyses: schema.reportAnalyses,
  controlReportMeasures: schema.controlReportMeasures,
};

/** Rows per insert statement: well below SQLite's limit on bound parameters for the widest table. */
const ROWS_PER_INSERT = 500;

export interface BundleRecord {
  bundleId: string;
  exportedAt: string;
  fileName: string;
  sha256: string;
  importedAt: string;
}

export type ImportOutcome =
  | { kind: 'imported'; replacedExportedAt: string | null }
  | { kind: 'unchanged' }
  | { kind: 'older'; currentExportedAt: string };

function refuseClashes(db: AppDatabase, data: BundleData): void {
  const unit = db.select().from(schema.units).where(eq(schema.units.id, data.unit.id)).get();
  if (unit?.origin === 'local') {
    throw new AppError(
      'FORBIDDEN',
      'bundles.ownUnit',
      { unit: unit.name },
    );
  }
  const namesake = db
    .select()
    .from(schema.units)
    .where(sql`lower(${schema.units.name}) = lower(${data.unit.name}) and ${schema.units.id} <> ${data.unit.id}`)
    .get();
  if (namesake) {
    throw new AppError(
      'CONFLICT',
      'bundles.namesake',
      { name: namesake.name },
    );
  }
  const samePlan = db.select().from(schema.plans).where(eq(schema.plans.id, data.plan.id)).get();
  if (samePlan && samePlan.unitId !== data.unit.id) {
    throw new AppError('CONFLICT', 'bundles.planElsewhere');
  }
}

/**
 * The unit's categories and limits outlive a year's plan, and every year's bundle brings
 * them: the newest import's word stands, and the rows of a replaced year are kept.
 */
function upsertUnitRows(db: AppDatabase, data: BundleData): void {
  for (const category of data.reportCategories) {
    const { id: _id, ...set } = category;
    db.insert(schema.reportCategories).values(category).onConflictDoUpdate({ target: schema.reportCategories.id, set }).run();
  }
  for (const row of data.reportSettings) {
    db.insert(schema.reportSettings)
      .values(row)
      .onConflictDoUpdate({ target: [schema.reportSettings.unitId, schema.reportSettings.kind], set: { limitDays: row.limitDays, feedbackDays: row.feedbackDays, updatedAt: row.updatedAt } })
      .run();
  }
}

function insertRows(db: AppDatabase, table: SQLiteTable, rows: object[]): void {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    db.insert(table).values(rows.slice(start, start + ROWS_PER_INSERT) as never).run();
  }
}

/**
 * Writes one verified bundle as an imported, read-only unit: all of it in one transaction or none.
 * The same bundle again changes nothing; a newer export of the unit and year replaces the older one.
 */
export function importBundleData(db: AppDatabase, data: BundleData, record: BundleRecord): ImportOutcome {
  return db.transaction(() => {
    const current = db
      .select()
      .from(schema.importedBundles)
      .where(and(eq(schema.importedBundles.unitId, data.unit.id), eq(schema.importedBundles.year, data.plan.year)))
      .get();
    if (current?.bundleId === record.bundleId) return { kind: 'unchanged' };
    if (current && current.exportedAt > record.exportedAt) return { kind: 'older', currentExportedAt: current.exportedAt };
    refuseClashes(db, data);
    db.delete(schema.plans)
      .where(and(eq(schema.plans.unitId, data.unit.id), eq(schema.plans.year, data.plan.year)))
      .run();
    db.delete(schema.importedBundles).where(and(eq(schema.importedBundles.unitId, data.unit.id), eq(schema.importedBundles.year, data.plan.year))).run();
    db.insert(schema.units)
      .values({ ...data.unit, origin: 'imported' })
      .onConflictDoUpdate({ target: schema.units.id, set: { name: data.unit.name, updatedAt: data.unit.updatedAt } })
      .run();
    db.insert(schema.plans).values(data.plan).run();
    upsertUnitRows(db, data);
    for (const table of BUNDLE_TABLES) if (!UNIT_TABLES.has(table)) insertRows(db, TABLES[table], data[table]);
    db.insert(schema.importedBundles).values({ ...record, unitId: data.unit.id, year: data.plan.year, planId: data.plan.id }).run();
    return { kind: 'imported', replacedExportedAt: current?.exportedAt ?? null };
  });
}
