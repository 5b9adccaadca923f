import { z } from 'zod';

/** What kind of answer a checklist item takes. */
export const ItemKind = z.enum(['yes_no_na', 'number', 'date', 'single_choice', 'multiple_choice', 'short_text']);
export type ItemKind = z.infer<typeof ItemKind>;

/**
 * How the answers of an item become a control's figure.
 * share_yes: yes / (yes + no) x 100, not applicable left out. count_yes: the number of yes.
 * count, sum, mean, median: of the numbers given. share_within: numbers <= the limit / numbers given x 100.
 */
export const Aggregation = z.enum(['share_yes', 'count_yes', 'count', 'sum', 'mean', 'median', 'share_within']);
export type Aggregation = z.infer<typeof Aggregation>;

const AGGREGATIONS_OF_KIND: Record<ItemKind, readonly Aggregation[]> = {
  yes_no_na: ['share_yes', 'count_yes'],
  number: ['count', 'sum', 'mean', 'median', 'share_within'],
  date: [],
  single_choice: [],
  multiple_choice: [],
  short_text: [],
};

export function aggregationsFor(kind: ItemKind): readonly Aggregation[] {
  return AGGREGATIONS_OF_KIND[kind];
}

/** Items whose answers can be pooled into one control: yes/no items with each other, number items with each other. */
export function answerFamily(kind: ItemKind): 'yes_no' | 'number' | null {
  if (kind === 'yes_no_na') return 'yes_no';
  if (kind === 'number') return 'number';
  return null;
}

/** Whether a figure of this aggregation is a percentage. */
export const isShare = (aggregation: Aggregation) => aggregation === 'share_yes' || aggregation === 'share_within';

export const YesNoNa = z.enum(['yes', 'no', 'na']);
export type YesNoNa = z.infer<typeof YesNoNa>;

export const checklistLabels = {
  itemKind: {
    yes_no_na: 'Ja / nej / ej aktuellt',
    number: 'Tal',
    date: 'Datum',
    single_choice: 'Ett val',
    multiple_choice: 'Flera val',
    short_text: 'Kort text',
  },
  aggregation: {
    share_yes: 'Andel ja av ja och nej',
    count_yes: 'Antal ja',
    count: 'Antal svar',
    sum: 'Summa',
    mean: 'Medelvärde',
    median: 'Median',
    share_within: 'Andel inom gränsvärdet',
  },
  yesNoNa: { yes: 'Ja', no: 'Nej', na: 'Ej aktuellt' },
} as const;
