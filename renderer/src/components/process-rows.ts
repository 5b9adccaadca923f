/** A line of a table of controls: a process heading, or one control under it. */
export type DisplayRow<T> = { kind: 'process'; key: string; name: string; count: number } | { kind: 'control'; key: string; row: T };

/**
 * The controls in the plan's order with a heading before each process. Controls come
 * process by process; a process that shows up again later gets a heading again.
 */
export function groupByProcess<T>(rows: readonly T[], processOf: (row: T) => string, keyOf: (row: T) => string): DisplayRow<T>[] {
  const out: DisplayRow<T>[] = [];
  let heading: Extract<DisplayRow<T>, { kind: 'process' }> | null = null;
  for (const row of rows) {
    const name = processOf(row);
    if (!heading || heading.name !== name) {
      heading = { kind: 'process', key: `process:${out.length}:${name}`, name, count: 0 };
      out.push(heading);
    }
    heading.count++;
    out.push({ kind: 'control', key: keyOf(row), row });
  }
  return out;
}
