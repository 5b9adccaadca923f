import type { ChecklistItem } from '../../shared/checklists/item';

export type Random = () => number;

const NOTES = ['Följs upp vid nästa ärendedragning.', 'Dokumentationen kompletteras.', 'Inget att anmärka.', 'Diskuterat i gruppen.'];

const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/**
 * A plausible answer to any kind of item, valid by the item's own rules: mostly yes, numbers
 * within its bounds and skewed low like handling times, dates within the run's month.
 */
export function plausibleAnswer(item: ChecklistItem, random: Random, runDate: string): unknown {
  switch (item.kind) {
    case 'yes_no_na': {
      const roll = random();
      return roll < 0.05 ? 'na' : roll < 0.85 ? 'yes' : 'no';
    }
    case 'number': {
      const min = item.min ?? 0;
      const max = Math.min(item.max ?? 60, min + 60);
      return min + Math.floor(random() * random() * (max - min + 1));
    }
    case 'date':
      return `${runDate.slice(0, 8)}${String(1 + Math.floor(random() * Number(runDate.slice(8, 10)))).padStart(2, '0')}`;
    case 'single_choice':
      return pick(random, item.choices);
    case 'multiple_choice': {
      const chosen = item.choices.filter(() => random() < 0.4);
      return chosen.length > 0 ? chosen : [item.choices[0]!];
    }
    case 'short_text':
      return pick(random, NOTES);
  }
}
