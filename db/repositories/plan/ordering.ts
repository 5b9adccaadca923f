import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../../connection';

/** A table whose rows are ordered by `position` among the rows that share a parent. */
export interface OrderedTable {
  table: string;
  parentColumn: string;
}

function siblingIds(db: AppDatabase, t: OrderedTable, parentId: string): string[] {
  return db
    .all<{ id: string }>(
      sql`SELECT id FROM ${sql.identifier(t.table)} WHERE ${sql.identifier(t.parentColumn)} = ${parentId} ORDER BY position, id`,
    )
    .map((row) => row.id);
}

function writePositions(db: AppDatabase, t: OrderedTable, ids: string[]): void {
  ids.forEach((id, position) => {
    db.run(sql`UPDATE ${sql.identifier(t.table)} SET position = ${position} WHERE id = ${id}`);
  });
}

export function nextPosition(db: AppDatabase, t: OrderedTable, parentId: string): number {
  const row = db.get<{ next: number }>(
    sql`SELECT coalesce(max(position) + 1, 0) AS next FROM ${sql.identifier(t.table)} WHERE ${sql.identifier(t.parentColumn)} = ${parentId}`,
  );
  return row?.next ?? 0;
}

/**
 * Puts a row at `toIndex` among the children of `toParentId` (its own parent when
 * unchanged) and renumbers both the old and the new siblings, so positions stay 0..n-1.
 * Returns the index the row ended at.
 */
export function moveRow(db: AppDatabase, t: OrderedTable, id: string, fromParentId: string, toParentId: string, toIndex: number): number {
  if (fromParentId !== toParentId) {
    db.run(sql`UPDATE ${sql.identifier(t.table)} SET ${sql.identifier(t.parentColumn)} = ${toParentId} WHERE id = ${id}`);
    writePositions(db, t, siblingIds(db, t, fromParentId));
  }
  const siblings = siblingIds(db, t, toParentId).filter((sibling) => sibling !== id);
  const index = Math.max(0, Math.min(toIndex, siblings.length));
  siblings.splice(index, 0, id);
  writePositions(db, t, siblings);
  return index;
}

export function compactPositions(db: AppDatabase, t: OrderedTable, parentId: string): void {
  writePositions(db, t, siblingIds(db, t, parentId));
}
