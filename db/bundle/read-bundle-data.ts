import { eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/format';
import type { AppDatabase } from '../connection';
import * as schema from '../schema';
import type { BundleData } from './rows';

/** Finds the plan or refuses, as the repositories do everywhere else. */
export type FindPlan = (planId: string) => typeof schema.plans.$inferSelect;

/** SQLite takes at most 32766 parameters; a year of answers can hold more case ids than that. */
const CHUNK = 10_000;

function rowsWhereIn<T extends SQLiteTable>(db: AppDatabase, table: T, column: SQLiteColumn, ids: string[]): T['$inferSelect'][] {
  const rows: T['$inferSelect'][] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    rows.push(...(db.select().from(table as SQLiteTable).where(inArray(column, ids.slice(start, start + CHUNK))).all() as T['$inferSelect'][]));
  }
  return rows;
}

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Everything of one plan that a yearly bundle carries, read in one transaction so it is one consistent moment. */
export function readBundleData(db: AppDatabase, planId: string, findPlan: FindPlan): BundleData {
  return db.transaction(() => {
    const plan = findPlan(planId);
    const unit = db.select().from(schema.units).where(eq(schema.units.id, plan.unitId)).get()!;
    const processes = db.select().from(schema.processes).where(eq(schema.processes.planId, planId)).all();
    const risks = rowsWhereIn(db, schema.risks, schema.risks.processId, idsOf(processes));
    const riskIds = idsOf(risks);
    const controls = rowsWhereIn(db, schema.controls, schema.controls.riskId, riskIds);
    const templates = db.select().from(schema.checklistTemplates).where(eq(schema.checklistTemplates.planId, planId)).all();
    const versions = rowsWhereIn(db, schema.checklistTemplateVersions, schema.checklistTemplateVersions.templateId, idsOf(templates));
    const runs = db.select().from(schema.checklistRuns).where(eq(schema.checklistRuns.planId, planId)).all();
    const cases = rowsWhereIn(db, schema.runCases, schema.runCases.runId, idsOf(runs));
    const reports = db.select().from(schema.reports).where(eq(schema.reports.planId, planId)).all();
    const reportIds = idsOf(reports);
    return {
      formatVersion: BUNDLE_FORMAT_VERSION,
      unit: { id: unit.id, name: unit.name, createdAt: unit.createdAt, updatedAt: unit.updatedAt },
      plan,
      qualityAreas: db.select().from(schema.qualityAreas).where(eq(schema.qualityAreas.planId, planId)).all(),
      improvementAreas: db.select().from(schema.improvementAreas).where(eq(schema.improvementAreas.planId, planId)).all(),
      processes,
      risks,
      riskQualityAreas: rowsWhereIn(db, schema.riskQualityAreas, schema.riskQualityAreas.riskId, riskIds),
      controls,
      actions: rowsWhereIn(db, schema.actions, schema.actions.riskId, riskIds),
      checklistTemplates: templates,
      checklistTemplateVersions: versions,
      checklistItems: rowsWhereIn(db, schema.checklistItems, schema.checklistItems.versionId, idsOf(versions)),
      checklistRuns: runs,
      runCases: cases,
      answers: rowsWhereIn(db, schema.answers, schema.answers.caseId, idsOf(cases)),
      manualResults: rowsWhereIn(db, schema.manualResults, schema.manualResults.controlId, idsOf(controls)),
      // A unit that never changed its categories has none stored: its reports then point at none, and the defaults are the same ids everywhere.
      reportCategories: db.select().from(schema.reportCategories).where(eq(schema.reportCategories.unitId, unit.id)).all(),
      reportSettings: db.select().from(schema.reportSettings).where(eq(schema.reportSettings.unitId, unit.id)).all(),
      reports,
      reportQualityAreas: rowsWhereIn(db, schema.reportQualityAreas, schema.reportQualityAreas.reportId, reportIds),
      reportActions: rowsWhereIn(db, schema.reportActions, schema.reportActions.reportId, reportIds),
      reportRisks: rowsWhereIn(db, schema.reportRisks, schema.reportRisks.reportId, reportIds),
      reportAnalyses: db.select().from(schema.reportAnalyses).where(eq(schema.reportAnalyses.planId, planId)).all(),
      controlReportMeasures: rowsWhereIn(db, schema.controlReportMeasures, schema.controlReportMeasures.controlId, idsOf(controls)),
    };
  });
}
