import { z } from 'zod';
import { localized, type LocalizedMessage } from '../errors';
import { issueMessage, keyed } from '../messages/zod-issues';
import { IsoDate } from '../domain/plan-content';
import type { ChecklistItem } from './item';
import { YesNoNa } from './kinds';
import { freeText } from './text';

/** Any answer as it travels over IPC; the item it answers decides which of these it may be. */
export const AnswerValue = z.union([
  z.number().finite(keyed('checklists.answerNotNumber')),
  freeText(500),
  z.array(z.string().trim().max(100)).max(30),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A comment on an answer; left out, the comment already given stays. */
export const AnswerComment = freeText(1000);

type ItemRules = Pick<ChecklistItem, 'kind' | 'min' | 'max' | 'unit' | 'choices'>;

// Refinements rather than min/max, so the issue carries the item's unit for the text.
function numberSchema({ min, max, unit }: ItemRules) {
  const number = z.number({ message: keyed('checklists.answerNotNumber') }).finite(keyed('checklists.answerNotNumber'));
  return number
    .refine((value) => min === null || value >= min, {
      message: keyed(unit ? 'checklists.answerBelowMinUnit' : 'checklists.answerBelowMin'),
      params: { minimum: min ?? 0, unit },
    })
    .refine((value) => max === null || value <= max, {
      message: keyed(unit ? 'checklists.answerAboveMaxUnit' : 'checklists.answerAboveMax'),
      params: { maximum: max ?? 0, unit },
    });
}

function choiceSchema(choices: string[]) {
  return z.string({ message: keyed('checklists.chooseOne') }).refine((value) => choices.includes(value), {
    message: keyed('checklists.chooseOneOf'),
    params: { choices: choices.join(', ') },
  });
}

/** The schema an answer to this item must pass. */
export function answerSchemaFor(item: ItemRules): z.ZodType<AnswerValue> {
  switch (item.kind) {
    case 'yes_no_na':
      return z.enum(YesNoNa.options, { message: keyed('checklists.yesNoNa') });
    case 'number':
      return numberSchema(item);
    case 'date':
      return z.string({ message: keyed('checklists.answerDate') }).pipe(IsoDate);
    case 'single_choice':
      return choiceSchema(item.choices);
    case 'multiple_choice':
      return z
        .array(choiceSchema(item.choices), { message: keyed('checklists.chooseSome') })
        .refine((values) => new Set(values).size === values.length, { message: keyed('checklists.choiceTwice') });
    case 'short_text':
      return freeText(200, 'checklists.answerTextMissing');
  }
}

/** Checks an answer against its item; the first problem as a message in every language, or the value. */
export function checkAnswer(item: ItemRules, value: unknown): { ok: true; value: AnswerValue } | ({ ok: false } & LocalizedMessage) {
  const parsed = answerSchemaFor(item).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, ...localized('checklists.answerMismatch') };
  const { key, params } = issueMessage(issue);
  return { ok: false, ...localized(key, params as never) };
}
