import { and, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Tally } from '../../../shared/results/aggregate';
import type { FeedingItem } from '../../../shared/results/control-results';
import { answerFamily, type Aggregation, type ItemKind } from '../../../shared/checklists/kinds';
import type { AppDatabase } from '../../connection';
import { answerTallies, checklistItems, checklistTemplateVersions, checklistTemplates } from '../../schema';
import { decodeValue } from '../checklists/item-rows';

export interface FeedItem extends FeedingItem {
  kind: ItemKind;
  unit: string;
  controlId: string;
  versionCreatedAt: string;
  position: number;
}

/** An item as a result shows it, without what only counting its answers needs. */
export function feedingItem({ itemId, templateId, templateName, version, text, aggregation, limitValue }: FeedItem): FeedingItem {
  return { itemId, templateId, templateName, version, text, aggregation, limitValue };
}

/** The checklist items that feed one control, and how their answers are counted. */
export interface Feed {
  items: FeedItem[];
  /** The newest item's way of counting; items of another answer family are not counted. */
  aggregation: Aggregation;
  limitValue: number | null;
  countedItemIds: Set<string>;
}

/** How many answers an item got with one value in one month (YYYY-MM) of its runs, or null: in the whole year read. */
export interface FedTally extends Tally {
  itemId: string;
  month: string | null;
}

/** Every item that feeds one of the controls, newest version first. */
export function feedsOf(db: AppDatabase, controlIds: string[]): Map<string, Feed> {
  const feeds = new Map<string, Feed>();
  if (controlIds.length === 0) return feeds;
  const rows = db
    .select({
      itemId: checklistItems.id,
      controlId: checklistItems.controlId,
      kind: checklistItems.kind,
      text: checklistItems.text,
      unit: checklistItems.unit,
      aggregation: checklistItems.aggregation,
      limitValue: checklistItems.limitValue,
      position: checklistItems.position,
      templateId: checklistTemplates.id,
      templateName: checklistTemplates.name,
      version: checklistTemplateVersions.version,
      versionCreatedAt: checklistTemplateVersions.createdAt,
    })
    .from(checklistItems)
    .innerJoin(checklistTemplateVersions, eq(checklistItems.versionId, checklistTemplateVersions.id))
    .innerJoin(checklistTemplates, eq(checklistTemplateVersions.templateId, checklistTemplates.id))
    .where(and(isNotNull(checklistItems.controlId), isNotNull(checklistItems.aggregation), inArray(checklistItems.controlId, controlIds)))
    .all()
    .map((row) => ({ ...row, controlId: row.controlId!, kind: row.kind as ItemKind, aggregation: row.aggregation as Aggregation }))
    .sort((a, b) => b.versionCreatedAt.localeCompare(a.versionCreatedAt) || b.version - a.version || a.position - b.position);
  for (const controlId of controlIds) {
    const items = rows.filter((row) => row.controlId === controlId);
    const newest = items[0];
    if (!newest) continue;
    const family = answerFamily(newest.kind);
    feeds.set(controlId, {
      items,
      aggregation: newest.aggregation,
      limitValue: newest.limitValue,
      countedItemIds: new Set(items.filter((item) => answerFamily(item.kind) === family).map((item) => item.itemId)),
    });
  }
  return feeds;
}

/**
 * The answers to the given items in the months of one year, counted by value: read from
 * answer_tallies, which its triggers keep equal to the answers, so the cost follows the items
 * and months and not how many answers were given.
 */
export function talliesOf(db: AppDatabase, itemIds: string[], year: number): FedTally[] {
  if (itemIds.length === 0) return [];
  return db
    .select({ itemId: answerTallies.itemId, month: answerTallies.month, value: answerTallies.value, n: answerTallies.n })
    .from(answerTallies)
    .where(and(inArray(answerTallies.itemId, itemIds), gte(answerTallies.month, `${year}-01`), lte(answerTallies.month, `${year}-12`)))
    .all()
    .map((row) => ({ ...row, value: decodeValue(row.value) }));
}

/** The same as talliesOf summed over the year's months: what a whole-year figure needs, twelve times fewer rows. */
export function yearTalliesOf(db: AppDatabase, itemIds: string[], year: number): FedTally[] {
  if (itemIds.length === 0) return [];
  return db
    .select({ itemId: answerTallies.itemId, value: answerTallies.value, n: sql<number>`sum(${answerTallies.n})` })
    .from(answerTallies)
    .where(and(inArray(answerTallies.itemId, itemIds), gte(answerTallies.month, `${year}-01`), lte(answerTallies.month, `${year}-12`)))
    .groupBy(answerTallies.itemId, answerTallies.value)
    .all()
    .map((row) => ({ ...row, month: null, value: decodeValue(row.value) }));
}

export const countedItemIds = (feeds: Iterable<Feed>) => [...feeds].flatMap((feed) => [...feed.countedItemIds]);
