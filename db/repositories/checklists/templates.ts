import { eq } from 'drizzle-orm';
import { itemProblems, normalizeItem, type ItemFields, type ItemLink } from '../../../shared/checklists/item';
import { starterContent, type StarterKey } from '../../../shared/checklists/starters';
import type { TemplateContent } from '../../../shared/checklists/template';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { checklistItems, checklistRuns, checklistTemplateVersions, checklistTemplates } from '../../schema';
import { recordChange, type ChangeContext } from '../plan/history';
import { moveRow, nextPosition } from '../plan/ordering';
import { assertChecklistWork, currentVersionRow, itemRow, templateRow, versionRow } from './guard';
import { itemFields, itemFromRow, itemValues } from './item-rows';
import { checkItemLinks } from './links';

const ordered = { table: 'checklist_templates', parentColumn: 'plan_id' };

/** The work of one template edit: one transaction, refused in an archived plan. */
function changeTemplates<T>(db: AppDatabase, clock: Clock, planId: string, actor: string, edit: (ctx: ChangeContext) => T): T {
  return db.transaction(() => {
    assertChecklistWork(db, planId);
    return edit({ db, clock, planId, actor });
  });
}

function insertVersion(ctx: ChangeContext, templateId: string, version: number, items: ItemFields[]): string {
  const versionId = ctx.clock.newId();
  ctx.db.insert(checklistTemplateVersions).values({ id: versionId, templateId, version, createdAt: ctx.clock.now(), createdBy: ctx.actor }).run();
  items.forEach((item, position) => ctx.db.insert(checklistItems).values(itemValues(ctx.clock.newId(), versionId, position, item)).run());
  return versionId;
}

const label = (name: string) => ({ entity: 'checklist', entityLabel: name });

/**
 * Templates follow the rule of runs, not of the plan lock: they may be written and
 * edited while the plan is adopted. A version that has runs is never changed: an edit
 * of its items makes the next version, and old runs keep theirs.
 */
export function createTemplateRepository(db: AppDatabase, clock: Clock) {
  function create(planId: string, content: TemplateContent, actor: string): string {
    return changeTemplates(db, clock, planId, actor, (ctx) => {
      checkItemLinks(db, planId, content.items);
      const id = clock.newId();
      const position = nextPosition(db, ordered, planId);
      db.insert(checklistTemplates).values({ id, planId, name: content.name, purpose: content.purpose, position, createdAt: clock.now() }).run();
      insertVersion(ctx, id, 1, content.items);
      recordChange(ctx, { ...label(content.name), entityId: id, field: 'created', oldValue: null, newValue: { name: content.name, items: content.items.length } });
      return id;
    });
  }

  return {
    create,
    createFromStarter: (planId: string, key: StarterKey, actor: string) => create(planId, starterContent(key), actor),
    update(id: string, patch: { name?: string; purpose?: string }, actor: string): void {
      const row = templateRow(db, id);
      changeTemplates(db, clock, row.planId, actor, (ctx) => {
        for (const field of ['name', 'purpose'] as const) {
          const value = patch[field];
          if (value === undefined || value === row[field]) continue;
          recordChange(ctx, { ...label(row.name), entityId: id, field, oldValue: row[field], newValue: value });
        }
        db.update(checklistTemplates).set(patch).where(eq(checklistTemplates.id, id)).run();
      });
    },
    /** Replaces the items: in place while the current version has no runs, else as a new version. */
    setItems(id: string, items: ItemFields[], actor: string): { newVersion: boolean; version: number } {
      const row = templateRow(db, id);
      return changeTemplates(db, clock, row.planId, actor, (ctx) => {
        const current = currentVersionRow(db, id);
        const used = db.select({ id: checklistRuns.id }).from(checklistRuns).where(eq(checklistRuns.versionId, current.id)).limit(1).get();
        checkItemLinks(db, row.planId, items, used ? undefined : current.id);
        if (used) {
          insertVersion(ctx, id, current.version + 1, items);
          recordChange(ctx, { ...label(row.name), entityId: id, field: 'version', oldValue: current.version, newValue: current.version + 1 });
          return { newVersion: true, version: current.version + 1 };
        }
        db.delete(checklistItems).where(eq(checklistItems.versionId, current.id)).run();
        items.forEach((item, position) => db.insert(checklistItems).values(itemValues(clock.newId(), current.id, position, item)).run());
        recordChange(ctx, { ...label(row.name), entityId: id, field: 'items', oldValue: null, newValue: items.length });
        return { newVersion: false, version: current.version };
      });
    },
    /**
     * Which control an item feeds and how: changed in place on any version, since it does
     * not change what was asked. Old answers are counted the new way at once.
     */
    linkItem(itemId: string, link: ItemLink, actor: string): string {
      const item = itemFromRow(itemRow(db, itemId));
      const template = templateRow(db, versionRow(db, item.versionId).templateId);
      return changeTemplates(db, clock, template.planId, actor, (ctx) => {
        const merged = { ...itemFields(item), ...link };
        const problem = itemProblems(merged)[0];
        if (problem) throw new AppError('VALIDATION', problem.key, problem.params as never);
        const next = normalizeItem(merged);
        checkItemLinks(db, template.planId, [{ id: itemId, kind: next.kind, text: next.text, controlId: next.controlId }]);
        db.update(checklistItems)
          .set({ controlId: next.controlId, aggregation: next.aggregation, limitValue: next.limitValue })
          .where(eq(checklistItems.id, itemId))
          .run();
        const before = { controlId: item.controlId, aggregation: item.aggregation, limitValue: item.limitValue };
        recordChange(ctx, { ...label(template.name), entityId: template.id, field: 'link', oldValue: before, newValue: link });
        return template.id;
      });
    },
    archive(id: string, archived: boolean, actor: string): void {
      const row = templateRow(db, id);
      changeTemplates(db, clock, row.planId, actor, (ctx) => {
        if (row.archived === archived) return;
        db.update(checklistTemplates).set({ archived }).where(eq(checklistTemplates.id, id)).run();
        recordChange(ctx, { ...label(row.name), entityId: id, field: 'archived', oldValue: row.archived, newValue: archived });
      });
    },
    move(id: string, toIndex: number, actor: string): void {
      const row = templateRow(db, id);
      changeTemplates(db, clock, row.planId, actor, () => {
        moveRow(db, ordered, id, row.planId, row.planId, toIndex);
      });
    },
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
