import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { groupByProcess } from '../results/rows';
import { StatusLegend } from '../results/StatusLegend';
import { ComparisonSection } from './ComparisonSection';
import { comparisonTableFeatures, useComparisonColumns } from './control-columns';

/**
 * Every control of the units' plans, process by process, a column per unit. Only the rows
 * in view are in the page, so twenty units with a hundred controls each scroll lightly;
 * spacer rows keep the scroll bar true to the whole list.
 */
export function ControlComparison({ comparison }: { comparison: YearComparison }) {
  const { t } = useTranslation();
  const columns = useComparisonColumns(comparison.units);
  const table = useTable({ features: comparisonTableFeatures, columns, data: comparison.controls, getRowId: (row) => row.key });
  const display = groupByProcess(table.getRowModel().rows, (row) => row.original.processName, (row) => row.id);
  const scroller = useRef<HTMLDivElement>(null);

  // No React Compiler here: the virtualizer re-renders this component itself when the view scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: display.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (display[index]?.kind === 'process' ? 42 : 84),
    getItemKey: (index) => display[index]?.key ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = comparison.units.length + 1;

  return (
    <ComparisonSection title={t('comparison.controls.title')} lead={t('comparison.controls.lead')}>
      {comparison.controls.length === 0 ? (
        <p className="empty-note">{comparison.qualityArea ? t('comparison.controls.noneInArea') : t('comparison.controls.none')}</p>
      ) : (
        <>
          <StatusLegend />
          <div ref={scroller} className="cmp-scroll cmp-scroll--tall" tabIndex={0}>
            <table className="cmp-table cmp-table--controls" aria-rowcount={display.length + 1}>
              <caption className="visually-hidden">{t('comparison.controls.caption')}</caption>
              <colgroup>
                {table.getAllLeafColumns().map((column) => (
                  <col key={column.id} className={column.id === 'control' ? 'cmp-col-control' : 'cmp-col-unit'} />
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
                      <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} className="cmp-process-row">
                        <th scope="colgroup" colSpan={columnCount}>
                          <span className="cmp-process-row__name">
                            {line.name}{' '}
                            <span className="rs-process-row__count">{t('comparison.controls.count', { count: line.count })}</span>
                          </span>
                        </th>
                      </tr>
                    );
                  }
                  return (
                    <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} data-row={line.key}>
                      {line.row.getAllCells().map((cell, index) =>
                        index === 0 ? (
                          <th key={cell.id} scope="row">
                            <table.FlexRender cell={cell} />
                          </th>
                        ) : (
                          <td key={cell.id} className={line.row.original.cells[index - 1] ? undefined : 'cmp-cell--absent'}>
                            <table.FlexRender cell={cell} />
                          </td>
                        ),
                      )}
                    </tr>
                  );
                })}
                {after > 0 ? <tr className="rs-spacer" aria-hidden="true" style={{ height: after }} /> : null}
              </tbody>
            </table>
          </div>
        </>
      )}
    </ComparisonSection>
  );
}
