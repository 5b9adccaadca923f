import { asc, count, eq, inArray } from 'drizzle-orm';
import type { TemplateDetail, TemplateSummary, TemplateVersionDetail, TemplateVersionInfo } from '../../../shared/checklists/template';
import type { AppDatabase } from '../../connection';
import { checklistItems, checklistRuns, checklistTemplateVersions, checklistTemplates } from '../../schema';
import { planRow } from '../plan/guard';
import { templateRow, versionRow } from './guard';
import { itemFromRow } from './item-rows';

type TemplateRow = typeof checklistTemplates.$inferSelect;

function versionsOf(db: AppDatabase, templateIds: string[]): Map<string, TemplateVersionInfo[]> {
  const byTemplate = new Map<string, TemplateVersionInfo[]>();
  if (templateIds.length === 0) return byTemplate;
  const rows = db.select().from(checklistTemplateVersions).where(inArray(checklistTemplateVersions.templateId, templateIds)).all();
  const runCounts = new Map(
    db
      .select({ versionId: checklistRuns.versionId, runs: count() })
      .from(checklistRuns)
      .where(inArray(checklistRuns.versionId, rows.map((row) => row.id)))
      .groupBy(checklistRuns.versionId)
      .all()
      .map((row) => [row.versionId, row.runs]),
  );
  for (const row of rows.sort((a, b) => a.version - b.version)) {
    const info = { id: row.id, version: row.version, createdAt: row.createdAt, createdBy: row.createdBy, runCount: runCounts.get(row.id) ?? 0 };
    byTemplate.set(row.templateId, [...(byTemplate.get(row.templateId) ?? []), info]);
  }
  return byTemplate;
}

export function itemsOfVersion(db: AppDatabase, versionId: string) {
  return db.select().from(checklistItems).where(eq(checklistItems.versionId, versionId)).orderBy(asc(checklistItems.position)).all().map(itemFromRow);
}

function details(db: AppDatabase, rows: TemplateRow[]): TemplateDetail[] {
  const versions = versionsOf(db, rows.map((row) => row.id));
  return rows.map((row) => {
    const all = versions.get(row.id) ?? [];
    const current = all[all.length - 1]!;
    const items = itemsOfVersion(db, current.id);
    const summary: TemplateSummary = {
      id: row.id,
      planId: row.planId,
      name: row.name,
      purpose: row.purpose,
      position: row.position,
      archived: row.archived,
      createdAt: row.createdAt,
      currentVersion: current,
      itemCount: items.length,
      runCount: all.reduce((sum, version) => sum + version.runCount, 0),
      controlIds: [...new Set(items.flatMap((item) => (item.controlId ? [item.controlId] : [])))],
    };
    return { ...summary, items, versions: all };
  });
}

export function loadTemplate(db: AppDatabase, id: string): TemplateDetail {
  return details(db, [templateRow(db, id)])[0]!;
}

export function listTemplates(db: AppDatabase, planId: string, includeArchived: boolean): TemplateSummary[] {
  planRow(db, planId);
  const rows = db.select().from(checklistTemplates).where(eq(checklistTemplates.planId, planId)).orderBy(asc(checklistTemplates.position)).all();
  return details(db, includeArchived ? rows : rows.filter((row) => !row.archived)).map(({ items: _items, versions: _versions, ...summary }) => summary);
}

export function loadVersion(db: AppDatabase, versionId: string): TemplateVersionDetail {
  const version = versionRow(db, versionId);
  const template = templateRow(db, version.templateId);
  const info = versionsOf(db, [template.id]).get(template.id)!.find((v) => v.id === versionId)!;
  return { templateId: template.id, templateName: template.name, version: info, items: itemsOfVersion(db, versionId) };
}
