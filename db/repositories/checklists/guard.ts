import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { AppDatabase } from '../../connection';
import { checklistItems, checklistRuns, checklistTemplateVersions, checklistTemplates, runCases } from '../../schema';
import { localPlanRow } from '../plan/guard';

/**
 * Checklists and runs are the "do" of the year, so they go on while the plan is adopted
 * (that is when case reviews happen). Only an archived plan stops them.
 */
export function assertChecklistWork(db: AppDatabase, planId: string): void {
  if (localPlanRow(db, planId).status === 'archived') {
    throw new AppError('LOCKED', 'checklists.archivedPlan');
  }
}

type Missing = 'checklists.templateMissing' | 'checklists.versionMissing' | 'checklists.itemMissing' | 'checklists.runMissing' | 'checklists.caseMissing';
const notFound = (key: Missing) => new AppError('NOT_FOUND', key);

export function templateRow(db: AppDatabase, id: string) {
  const row = db.select().from(checklistTemplates).where(eq(checklistTemplates.id, id)).get();
  if (!row) throw notFound('checklists.templateMissing');
  return row;
}

export function versionRow(db: AppDatabase, id: string) {
  const row = db.select().from(checklistTemplateVersions).where(eq(checklistTemplateVersions.id, id)).get();
  if (!row) throw notFound('checklists.versionMissing');
  return row;
}

export function itemRow(db: AppDatabase, id: string) {
  const row = db.select().from(checklistItems).where(eq(checklistItems.id, id)).get();
  if (!row) throw notFound('checklists.itemMissing');
  return row;
}

export function runRow(db: AppDatabase, id: string) {
  const row = db.select().from(checklistRuns).where(eq(checklistRuns.id, id)).get();
  if (!row) throw notFound('checklists.runMissing');
  return row;
}

export function caseRow(db: AppDatabase, id: string) {
  const row = db.select().from(runCases).where(eq(runCases.id, id)).get();
  if (!row) throw notFound('checklists.caseMissing');
  return row;
}

/** The template's newest version: the one new runs use and edits start from. */
export function currentVersionRow(db: AppDatabase, templateId: string) {
  const versions = db
    .select()
    .from(checklistTemplateVersions)
    .where(eq(checklistTemplateVersions.templateId, templateId))
    .all()
    .sort((a, b) => b.version - a.version);
  if (!versions[0]) throw notFound('checklists.templateMissing');
  return versions[0];
}
