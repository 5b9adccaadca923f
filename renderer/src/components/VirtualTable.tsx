import { FlexRender, type Cell, type RowData, type Table, type TableFeatures } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { groupByProcess } from './process-rows';

interface VirtualTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: Table<TFeatures, TData>;
  processOf(row: TData): string;
  caption: string;
  className: string;
  scrollClassName: string;
  /** 0 when the scroll area is a tab stop of its own (nothing in it can take focus), else -1. */
  scrollTabIndex: 0 | -1;
  colClassName(columnId: string): string;
  processRowClassName: string;
  /** The heading of a process's rows. */
  processHeading(name: string, count: number): ReactNode;
  /** A whole cell (td or th) with the column's content. */
  renderCell(cell: Cell<TFeatures, TData, unknown>, index: number): ReactNode;
  /** The height a control's row is guessed at before it is measured. */
  rowEstimate: number;
  /** A row to bring back into view, and the element in it to focus. */
  returnTo?: { key: string; selector: string } | null;
}

/**
 * A table of controls, process by process. Only the rows in view are in the page, so
 * hundreds of controls (or twenty units of them) scroll as lightly as ten; spacer rows
 * above and below keep the scroll bar true to the whole list.
 */
export function VirtualTable<TFeatures extends TableFeatures, TData extends RowData>(props: VirtualTableProps<TFeatures, TData>) {
  const { table, processOf, caption, className, scrollClassName, scrollTabIndex, colClassName, processRowClassName, processHeading, renderCell, rowEstimate, returnTo } = props;
  const display = groupByProcess(table.getRowModel().rows, (row) => processOf(row.original), (row) => row.id);
  const scroller = useRef<HTMLDivElement>(null);
  const columnCount = table.getAllLeafColumns().length;

  // No React Compiler here: the virtualizer re-renders this component itself when the view scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: display.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (display[index]?.kind === 'process' ? 42 : rowEstimate),
    getItemKey: (index) => display[index]?.key ?? index,
    overscan: 8,
  });

  useEffect(() => {
    if (!returnTo) return;
    const index = display.findIndex((line) => line.kind === 'control' && line.key === returnTo.key);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    const frame = requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(returnTo.selector)?.focus());
    return () => cancelAnimationFrame(frame);
    // Only when coming back, not on every new answer from the server.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [returnTo?.key]);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scroller} className={scrollClassName} tabIndex={scrollTabIndex}>
      <table className={className} aria-rowcount={display.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {table.getAllLeafColumns().map((column) => (
            <col key={column.id} className={colClassName(column.id)} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 ? <tr className="rs-spacer" aria-hidden="true" style={{ height: before }} /> : null}
          {items.map((item) => {
            const line = display[item.index]!;
            const rowProps = { ref: virtualizer.measureElement, 'data-index': item.index, 'aria-rowindex': item.index + 2 };
            if (line.kind === 'process') {
              return (
                <tr key={item.key} {...rowProps} className={processRowClassName}>
                  <th scope="colgroup" colSpan={columnCount}>
                    {processHeading(line.name, line.count)}
                  </th>
                </tr>
              );
            }
            return (
              <tr key={item.key} {...rowProps} data-row={line.key}>
                {line.row.getAllCells().map((cell, index) => renderCell(cell as Cell<TFeatures, TData, unknown>, index))}
              </tr>
            );
          })}
          {after > 0 ? <tr className="rs-spacer" aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
