import type { ComparedUnit } from '../../../../shared/comparison';
import type { Column } from '../pdf/table';

/** How many units stand side by side in one table of an A4 page before their columns get too narrow to read. */
export const UNITS_PER_TABLE = 4;

export interface UnitGroup {
  /** Indexes into the comparison's units (and so into every row's cells). */
  indexes: number[];
  /** "Enheter 5–8 av 10" when the units need more than one table; '' when one table holds them all. */
  caption: string;
}

/** The units in groups of at most UNITS_PER_TABLE, in the comparison's order. */
export function unitGroups(units: readonly ComparedUnit[]): UnitGroup[] {
  const groups: UnitGroup[] = [];
  for (let start = 0; start < units.length; start += UNITS_PER_TABLE) {
    const indexes = units.slice(start, start + UNITS_PER_TABLE).map((_, offset) => start + offset);
    const caption = units.length > UNITS_PER_TABLE ? `Enheter ${start + 1}–${start + indexes.length} av ${units.length}` : '';
    groups.push({ indexes, caption });
  }
  return groups;
}

/** A first column for what the rows are, then one column per unit of the group, headed by its name. */
export function unitColumns(units: readonly ComparedUnit[], group: UnitGroup, first: Column): Column[] {
  return [first, ...group.indexes.map((index): Column => ({ heading: units[index]!.name, weight: 1, align: 'center' }))];
}
