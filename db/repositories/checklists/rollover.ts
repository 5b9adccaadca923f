import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { checklistItems, checklistTemplateVersions, checklistTemplates } from '../../schema';
import { loadPlanDetail } from '../plan/detail';
import { recordChange } from '../plan/history';
import { currentVersionRow } from './guard';
import { itemFromRow, itemFields, itemValues } from './item-rows';

/** Control ids of one plan mapped to the controls in the same place of a plan copied from it. */
function controlMapping(db: AppDatabase, fromPlanId: string, toPlanId: string): Map<string, string> {
  const controlsOf = (planId: string) =>
    loadPlanDetail(db, planId).processes.flatMap((process) => process.risks.flatMap((risk) => risk.controls.map((control) => control.id)));
  const from = controlsOf(fromPlanId);
  const to = controlsOf(toPlanId);
  return new Map(from.flatMap((id, index) => (to[index] ? [[id, to[index]] as const] : [])));
}

/**
 * Next year's plan starts with this year's checklists: each template that is not archived,
 * as version 1 with the items of its current version, fed into the copied controls.
 * Runs and answers stay with the year they belong to.
 */
export function copyChecklistsForRollover(db: AppDatabase, clock: Clock, fromPlanId: string, toPlanId: string, actor: string): void {
  const mapping = controlMapping(db, fromPlanId, toPlanId);
  const templates = db
    .select()
    .from(checklistTemplates)
    .where(and(eq(checklistTemplates.planId, fromPlanId), eq(checklistTemplates.archived, false)))
    .orderBy(asc(checklistTemplates.position))
    .all();
  templates.forEach((template, position) => {
    const id = clock.newId();
    const versionId = clock.newId();
    const now = clock.now();
    db.insert(checklistTemplates).values({ id, planId: toPlanId, name: template.name, purpose: template.purpose, position, createdAt: now }).run();
    db.insert(checklistTemplateVersions).values({ id: versionId, templateId: id, version: 1, createdAt: now, createdBy: actor }).run();
    const items = db.select().from(checklistItems).where(eq(checklistItems.versionId, currentVersionRow(db, template.id).id)).orderBy(asc(checklistItems.position)).all();
    for (const row of items) {
      const fields = itemFields(itemFromRow(row));
      const controlId = fields.controlId ? (mapping.get(fields.controlId) ?? null) : null;
      db.insert(checklistItems).values(itemValues(clock.newId(), versionId, row.position, { ...fields, controlId })).run();
    }
    recordChange({ db, clock, planId: toPlanId, actor }, { entity: 'checklist', entityId: id, entityLabel: template.name, field: 'created', oldValue: null, newValue: { name: template.name, items: items.length, carriedFrom: template.id } });
  });
}
