import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { controlTableFeatures, useControlColumns } from './control-columns';
import { groupByProcess } from './rows';
import { useResultsView } from './view-store';

const COLUMN_COUNT = 6;

/**
 * Every control of the plan, process by process. Only the rows in view are in the page,
 * so a plan with hundreds of controls scrolls as lightly as one with ten; spacer rows
 * above and below keep the scroll bar true to the whole list.
 */
export function ControlTable({ controls }: { controls: ControlResults[] }) {
  const { t } = useTranslation();
  const columns = useControlColumns();
  const table = useTable({ features: controlTableFeatures, columns, data: controls, getRowId: (control) => control.controlId });
  const rows = table.getRowModel().rows;
  const display = groupByProcess(rows, (row) => row.original.processName, (row) => row.id);
  const scroller = useRef<HTMLDivElement>(null);
  const returnTo = useResultsView((state) => state.returnTo);

  // No React Compiler here: the virtualizer re-renders this component itself when the view scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: display.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (display[index]?.kind === 'process' ? 42 : 76),
    getItemKey: (index) => display[index]?.key ?? index,
    overscan: 8,
  });

  // Back from a control's detail: that control's row again, in view and focused.
  useEffect(() => {
    if (!returnTo) return;
    const index = display.findIndex((line) => line.kind === 'control' && line.key === returnTo);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    const frame = requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-control="${returnTo}"]`)?.focus());
    return () => cancelAnimationFrame(frame);
    // Only when coming back, not on every new answer from the server.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [returnTo]);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scroller} className="rs-table-scroll" tabIndex={-1}>
      <table className="rs-table" aria-rowcount={display.length + 1}>
        <caption className="visually-hidden">{t('resultScreens.table.caption')}</caption>
        <colgroup>
          {table.getAllLeafColumns().map((column) => (
            <col key={column.id} className={`rs-col-${column.id}`} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 ? <tr className="rs-spacer" aria-hidden="true" style={{ height: before }} /> : null}
          {items.map((item) => {
            const line = display[item.index]!;
            if (line.kind === 'process') {
              return (
                <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} className="rs-process-row">
                  <th scope="colgroup" colSpan={COLUMN_COUNT}>
                    {line.name}
                    <span className="rs-process-row__count">{t('resultScreens.table.controls', { count: line.count })}</span>
                  </th>
                </tr>
              );
            }
            return (
              <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} data-row={line.key}>
                {line.row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`rs-cell-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 ? <tr className="rs-spacer" aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
