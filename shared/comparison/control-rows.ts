import { nameKey } from './names';
import type { UnitControl } from './unit-figures';
import type { ControlCell, ControlRow, StatusCounts } from './year-comparison';

const cellOf = (control: UnitControl): ControlCell => ({
  controlId: control.controlId,
  targetValue: control.targetValue,
  targetDirection: control.targetDirection,
  tolerance: control.tolerance,
  unit: control.unit,
  value: control.value,
  status: control.status,
  source: control.source,
});

/**
 * One row per control the units share, grouped by process name: a process's rows stand
 * together, processes in the order they first appear. A control joins the row of its
 * match key; within one unit the first control with a key counts, as in the trend over
 * years. `controlsOf[i]` are units[i]'s controls in view, in the plan's order.
 */
export function controlRows(controlsOf: ReadonlyArray<readonly UnitControl[]>): ControlRow[] {
  const groups = new Map<string, ControlRow[]>();
  const rows = new Map<string, ControlRow>();
  controlsOf.forEach((controls, unitIndex) => {
    for (const control of controls) {
      const existing = rows.get(control.matchKey);
      if (existing) {
        existing.cells[unitIndex] ??= cellOf(control);
        continue;
      }
      const group = nameKey(control.processName);
      const row: ControlRow = {
        key: control.matchKey,
        // One spelling per group, the first seen, so the group reads as one heading.
        processName: groups.get(group)?.[0]?.processName ?? control.processName,
        definition: control.definition,
        cells: controlsOf.map((_, index) => (index === unitIndex ? cellOf(control) : null)),
      };
      rows.set(row.key, row);
      groups.set(group, [...(groups.get(group) ?? []), row]);
    }
  });
  return [...groups.values()].flat();
}

/** How a unit's column of the comparison is coloured: each of its controls once. */
export function statusCountsOf(rows: readonly ControlRow[], unitIndex: number): StatusCounts {
  const counts: StatusCounts = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const row of rows) {
    const cell = row.cells[unitIndex];
    if (cell) counts[cell.status]++;
  }
  return counts;
}
