import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { DEFAULT_CATEGORIES, REPORT_KINDS, type ReportKind } from '../../../shared/reports/kinds';
import { CategoryName, type ReportCategory } from '../../../shared/reports/report';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { reportCategories, units } from '../../schema';
import { assertUnitWork, missing, parsed, refused } from './guard';

/**
 * A default category's id follows from the unit, kind and name, so every laptop of the
 * unit that fills in the defaults on its own makes the same rows and sync sees one.
 */
export function defaultCategoryId(unitId: string, kind: ReportKind, name: string): string {
  const hex = createHash('sha256').update(`report-category|${unitId}|${kind}|${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function defaults(unitId: string): ReportCategory[] {
  return REPORT_KINDS.flatMap((kind) =>
    DEFAULT_CATEGORIES[kind].map((name, position) => ({ id: defaultCategoryId(unitId, kind, name), unitId, kind, name, position, archived: false })),
  );
}

function stored(db: AppDatabase, unitId: string): ReportCategory[] {
  return db
    .select()
    .from(reportCategories)
    .where(eq(reportCategories.unitId, unitId))
    .orderBy(asc(reportCategories.kind), asc(reportCategories.position))
    .all()
    .map(({ updatedAt: _updatedAt, kind, ...row }) => ({ ...row, kind: kind as ReportKind }));
}

const inKindOrder = (list: ReportCategory[]) =>
  [...list].sort((a, b) => REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind) || a.position - b.position);

function assertUnit(db: AppDatabase, unitId: string): void {
  if (!db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) throw missing('reports.unitMissing');
}

/** A unit that has never changed its categories reads the defaults, without a write. */
export function listCategories(db: AppDatabase, unitId: string): ReportCategory[] {
  assertUnit(db, unitId);
  const rows = stored(db, unitId);
  return inKindOrder(rows.length > 0 ? rows : defaults(unitId));
}

/** Writes the defaults the first time anything of the unit's categories is used or changed. */
export function materialiseCategories(db: AppDatabase, clock: Clock, unitId: string): void {
  if (stored(db, unitId).length > 0) return;
  const updatedAt = clock.now();
  for (const category of defaults(unitId)) db.insert(reportCategories).values({ ...category, updatedAt }).run();
}

function categoryRow(db: AppDatabase, id: string) {
  const row = db.select().from(reportCategories).where(eq(reportCategories.id, id)).get();
  if (!row) throw missing('reports.categoryMissing');
  return row;
}

function assertFreeName(db: AppDatabase, unitId: string, kind: string, name: string, exceptId?: string): void {
  const clash = db
    .select({ id: reportCategories.id })
    .from(reportCategories)
    .where(and(eq(reportCategories.unitId, unitId), eq(reportCategories.kind, kind), sql`lower(${reportCategories.name}) = lower(${name})`))
    .get();
  if (clash && clash.id !== exceptId) throw refused('reports.categoryDuplicate', { name });
}

/**
 * Categories the unit edits like its quality areas. A default category's id is known before
 * it is written, so a rename or archive of one that is still only a default first writes them all.
 */
export function createCategoryRepository(db: AppDatabase, clock: Clock) {
  const withDefaults = (unitId: string) => {
    assertUnit(db, unitId);
    assertUnitWork(db, unitId);
    materialiseCategories(db, clock, unitId);
  };
  const unitOfCategory = (id: string): string => {
    const row = db.select({ unitId: reportCategories.unitId }).from(reportCategories).where(eq(reportCategories.id, id)).get();
    if (row) return row.unitId;
    const unit = db
      .select({ id: units.id })
      .from(units)
      .all()
      .find((candidate) => defaults(candidate.id).some((category) => category.id === id));
    if (!unit) throw missing('reports.categoryMissing');
    return unit.id;
  };
  return {
    list: (unitId: string) => listCategories(db, unitId),
    create(unitId: string, kind: ReportKind, name: string): ReportCategory[] {
      const checked = parsed(CategoryName, name);
      return db.transaction(() => {
        withDefaults(unitId);
        assertFreeName(db, unitId, kind, checked);
        const position = stored(db, unitId).filter((category) => category.kind === kind).length;
        db.insert(reportCategories).values({ id: clock.newId(), unitId, kind, name: checked, position, archived: false, updatedAt: clock.now() }).run();
        return listCategories(db, unitId);
      });
    },
    rename(id: string, name: string): ReportCategory[] {
      const checked = parsed(CategoryName, name);
      return db.transaction(() => {
        const unitId = unitOfCategory(id);
        withDefaults(unitId);
        const row = categoryRow(db, id);
        assertFreeName(db, unitId, row.kind, checked, id);
        db.update(reportCategories).set({ name: checked, updatedAt: clock.now() }).where(eq(reportCategories.id, id)).run();
        return listCategories(db, unitId);
      });
    },
    archive(id: string, archived: boolean): ReportCategory[] {
      return db.transaction(() => {
        const unitId = unitOfCategory(id);
        withDefaults(unitId);
        db.update(reportCategories).set({ archived, updatedAt: clock.now() }).where(eq(reportCategories.id, id)).run();
        return listCategories(db, unitId);
      });
    },
  };
}
