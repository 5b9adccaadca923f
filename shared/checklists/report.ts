import { z } from 'zod';
import { Id, Timestamp } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { Figure } from '../results/aggregate';
import { formatNumber } from '../results/format';
import { Aggregation, ItemKind } from './kinds';
import { RunContext } from './run';

/** One item of a run as the summary counts it. */
export const ItemReport = z.object({
  itemId: Id,
  position: z.number().int(),
  text: z.string(),
  kind: ItemKind,
  controlId: Id.nullable(),
  answered: z.number().int(),
  notApplicable: z.number().int(),
  /** For yes/no items the no's, for share-within items the numbers over the limit; null for other items. */
  deviations: z.number().int().nullable(),
  /** What the deviations are counted among: yes + no, or the numbers given. */
  deviationBase: z.number().int().nullable(),
  message: z.string().nullable(),
  figure: Figure.nullable(),
});
export type ItemReport = z.infer<typeof ItemReport>;

export const RunReport = z.object({
  runId: Id,
  planId: Id,
  templateName: z.string(),
  version: z.number().int(),
  date: IsoDate,
  context: RunContext,
  runBy: z.string(),
  team: z.string(),
  finishedAt: Timestamp.nullable(),
  casesReviewed: z.number().int(),
  itemsAnswered: z.number().int(),
  /** Cases x items: how many answers a complete run would hold. */
  answersPossible: z.number().int(),
  items: z.array(ItemReport),
  /** The items with at least one deviation, as sentences such as "3 av 12 ärenden saknar utredningsplan". */
  deviations: z.array(z.object({ itemId: Id, count: z.number().int(), of: z.number().int(), message: z.string(), controlId: Id.nullable() })),
});
export type RunReport = z.infer<typeof RunReport>;

interface DeviationItem {
  kind: ItemKind;
  text: string;
  unit: string;
  deviationText: string;
  aggregation: Aggregation | null;
  limitValue: number | null;
}

/** "3 av 12 ärenden saknar utredningsplan"; without a deviation text the item's own words are used. */
export function deviationMessage(count: number, of: number, item: DeviationItem): string {
  const cases = `${count} av ${of} ${of === 1 ? 'ärende' : 'ärenden'}`;
  if (item.deviationText) return `${cases} ${item.deviationText}`;
  if (item.kind === 'yes_no_na') return `${cases} fick svaret nej på ”${item.text}”`;
  const limit = `${formatNumber(item.limitValue ?? 0, 2)}${item.unit ? ` ${item.unit}` : ''}`;
  return `${cases} låg över ${limit} på ”${item.text}”`;
}
