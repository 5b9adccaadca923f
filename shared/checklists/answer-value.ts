import { z } from 'zod';
import { IsoDate } from '../domain/plan-content';
import type { ChecklistItem } from './item';
import { YesNoNa } from './kinds';
import { freeText } from './text';

/** Any answer as it travels over IPC; the item it answers decides which of these it may be. */
export const AnswerValue = z.union([
  z.number().finite('Ange ett tal.'),
  freeText(500),
  z.array(z.string().trim().max(100)).max(30),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A comment on an answer; left out, the comment already given stays. */
export const AnswerComment = freeText(1000);

type ItemRules = Pick<ChecklistItem, 'kind' | 'min' | 'max' | 'unit' | 'choices'>;

const withUnit = (value: number, unit: string) => (unit ? `${value} ${unit}` : `${value}`);

function numberSchema(item: ItemRules) {
  let schema = z.number({ message: 'Svaret ska vara ett tal.' }).finite('Svaret ska vara ett tal.');
  if (item.min !== null) schema = schema.min(item.min, `Svaret får inte vara mindre än ${withUnit(item.min, item.unit)}.`);
  if (item.max !== null) schema = schema.max(item.max, `Svaret får inte vara större än ${withUnit(item.max, item.unit)}.`);
  return schema;
}

function choiceSchema(choices: string[]) {
  return z.string({ message: 'Välj ett av svarsalternativen.' }).refine((value) => choices.includes(value), {
    message: `Välj ett av svarsalternativen: ${choices.join(', ')}.`,
  });
}

/** The schema an answer to this item must pass. */
export function answerSchemaFor(item: ItemRules): z.ZodType<AnswerValue> {
  switch (item.kind) {
    case 'yes_no_na':
      return z.enum(YesNoNa.options, { message: 'Svara ja, nej eller ej aktuellt.' });
    case 'number':
      return numberSchema(item);
    case 'date':
      return z.string({ message: 'Ange ett datum som ÅÅÅÅ-MM-DD.' }).pipe(IsoDate);
    case 'single_choice':
      return choiceSchema(item.choices);
    case 'multiple_choice':
      return z
        .array(choiceSchema(item.choices), { message: 'Välj ett eller flera svarsalternativ.' })
        .refine((values) => new Set(values).size === values.length, { message: 'Samma svarsalternativ är valt två gånger.' });
    case 'short_text':
      return freeText(200, 'Skriv ett svar, eller ta bort svaret.');
  }
}

/** Checks an answer against its item; the first problem as a Swedish message, or the value. */
export function checkAnswer(item: ItemRules, value: unknown): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  const parsed = answerSchemaFor(item).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Svaret passar inte frågan.' };
}
