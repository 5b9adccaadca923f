import { z } from 'zod';
import { Id } from '../domain/ids';
import { Aggregation, ItemKind, aggregationsFor } from './kinds';
import type { MessageKey } from '../messages/catalogue';
import { keyed } from '../messages/zod-issues';
import { freeText } from './text';

const Bound = z.number({ message: keyed('validation.numberMissing') }).finite(keyed('validation.numberMissing'));

/** The fields of an item as the user writes them; what does not apply to the kind is cleared. */
const ItemFields = z.object({
  kind: ItemKind,
  text: freeText(300, 'validation.questionMissing'),
  help: freeText(1000).default(''),
  unit: freeText(30).default(''),
  min: Bound.nullable().default(null),
  max: Bound.nullable().default(null),
  choices: z.array(freeText(100, 'validation.choiceEmpty')).max(30, keyed('validation.choicesMany')).default([]),
  /** How a deviation is said in the run summary, e.g. "saknar utredningsplan" in "3 av 12 ärenden saknar utredningsplan". */
  deviationText: freeText(200).default(''),
  controlId: Id.nullable().default(null),
  aggregation: Aggregation.nullable().default(null),
  limitValue: Bound.nullable().default(null),
});
export type ItemFields = z.infer<typeof ItemFields>;

type Issue = { key: MessageKey; params?: Record<string, number>; path: string };

/** The rules that depend on the kind, as message keys. */
export function itemProblems(item: ItemFields): Issue[] {
  const problems: Issue[] = [];
  const isChoice = item.kind === 'single_choice' || item.kind === 'multiple_choice';
  if (item.kind === 'number' && item.min !== null && item.max !== null && item.min > item.max) {
    problems.push({ path: 'min', key: 'checklists.minAboveMax', params: { min: item.min, max: item.max } });
  }
  if (isChoice) {
    if (item.choices.length < 2) problems.push({ path: 'choices', key: 'checklists.tooFewChoices' });
    const lower = item.choices.map((choice) => choice.toLowerCase());
    if (new Set(lower).size !== lower.length) problems.push({ path: 'choices', key: 'checklists.duplicateChoices' });
  }
  const allowed = aggregationsFor(item.kind);
  if (item.aggregation !== null && !allowed.includes(item.aggregation)) {
    problems.push({ path: 'aggregation', key: allowed.length ? 'checklists.aggregationMismatch' : 'checklists.kindNotCounted' });
  }
  if (item.aggregation === 'share_within' && item.limitValue === null) {
    problems.push({ path: 'limitValue', key: 'checklists.limitValueMissing' });
  }
  if (item.controlId !== null && item.aggregation === null) {
    problems.push({ path: 'aggregation', key: 'checklists.aggregationMissing' });
  }
  return problems;
}

/** Clears what does not apply to the kind, so a changed kind leaves nothing stale behind. */
export function normalizeItem(item: ItemFields): ItemFields {
  const isNumber = item.kind === 'number';
  const isChoice = item.kind === 'single_choice' || item.kind === 'multiple_choice';
  return {
    ...item,
    unit: isNumber ? item.unit : '',
    min: isNumber ? item.min : null,
    max: isNumber ? item.max : null,
    choices: isChoice ? item.choices : [],
    limitValue: item.aggregation === 'share_within' ? item.limitValue : null,
    deviationText: item.kind === 'yes_no_na' || item.aggregation === 'share_within' ? item.deviationText : '',
  };
}

/**
 * An item as the user writes it. An item may be sent back as it was read (with its id,
 * version and position): those are ignored, since the items' order is the list's order
 * and a changed list is stored as new items.
 */
export const ChecklistItemInput = ItemFields.extend({
  id: Id.optional(),
  versionId: Id.optional(),
  position: z.number().int().optional(),
})
  .strict()
  .superRefine((item, ctx) => {
    for (const problem of itemProblems(item)) ctx.addIssue({ code: 'custom', message: keyed(problem.key), path: [problem.path], params: problem.params });
  })
  .transform(({ id: _id, versionId: _versionId, position: _position, ...item }) => normalizeItem(item));
export type ChecklistItemInput = z.input<typeof ChecklistItemInput>;

/** How an item is linked to a control; changing it never makes a new version (it does not change what is asked). */
export const ItemLink = z
  .object({
    controlId: Id.nullable(),
    aggregation: Aggregation.nullable(),
    limitValue: Bound.nullable().default(null),
  })
  .strict();
export type ItemLink = z.infer<typeof ItemLink>;

/** An item as stored in one version of a template. */
export const ChecklistItem = z.object({
  id: Id,
  versionId: Id,
  position: z.number().int(),
  kind: ItemKind,
  text: z.string(),
  help: z.string(),
  unit: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  choices: z.array(z.string()),
  deviationText: z.string(),
  controlId: Id.nullable(),
  aggregation: Aggregation.nullable(),
  limitValue: z.number().nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;
