import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../shared/checklists/run';
import { RunRow } from './RunRow';

const ROW_HEIGHT = 56;
const VISIBLE_ROWS = 8;

interface RunTableProps {
  runs: RunSummary[];
  labelledBy: string;
}

/**
 * The plan's runs, newest first. Only the rows in view are in the page, so years of
 * weekly runs scroll as lightly as a handful; the row count is told to screen readers.
 */
export function RunTable({ runs, labelledBy }: RunTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are used only in this render
  const virtualizer = useVirtualizer({
    count: runs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const height = Math.min(runs.length, VISIBLE_ROWS) * ROW_HEIGHT;

  return (
    <div className="card cl-runs" role="table" aria-labelledby={labelledBy} aria-rowcount={runs.length + 1}>
      <div role="rowgroup">
        <div className="cl-runs__row cl-runs__row--head" role="row" aria-rowindex={1}>
          <span role="columnheader">{t('checklistScreens.runs.date')}</span>
          <span role="columnheader">{t('checklistScreens.runs.checklist')}</span>
          <span role="columnheader">{t('checklistScreens.runs.context')}</span>
          <span role="columnheader">{t('checklistScreens.runs.runBy')}</span>
          <span role="columnheader" className="cl-num">
            {t('checklistScreens.runs.cases')}
          </span>
          <span role="columnheader" className="cl-num">
            {t('checklistScreens.runs.answers')}
          </span>
          <span role="columnheader">
            <span className="visually-hidden">{t('checklistScreens.runs.open')}</span>
          </span>
        </div>
      </div>
      <div ref={scroller} className="cl-runs__scroll" style={{ height }} role="rowgroup">
        <div className="cl-runs__space" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const run = runs[row.index];
            if (!run) return null;
            return <RunRow key={run.id} run={run} rowIndex={row.index + 2} top={row.start} height={ROW_HEIGHT} />;
          })}
        </div>
      </div>
    </div>
  );
}
