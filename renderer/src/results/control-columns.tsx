import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlResults } from '../../../shared/results/control-results';
import { BasisCell, ControlNameCell, LatestCell, SourceCell, StatusCell } from './ControlCells';
import { targetText } from './target-text';

/** The table needs no sorting or filtering: the plan's own order, process by process, is the order. */
export const controlTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof controlTableFeatures, ControlResults>();

/** The columns of the results table, in the UI's language. */
export function useControlColumns() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () =>
      helper.columns([
        helper.accessor('definition', {
          id: 'control',
          header: () => t('resultScreens.table.control'),
          cell: ({ row }) => <ControlNameCell control={row.original} />,
        }),
        helper.accessor((control) => control.latest?.value ?? null, {
          id: 'latest',
          header: () => t('resultScreens.table.latest'),
          cell: ({ row }) => <LatestCell control={row.original} />,
        }),
        helper.accessor((control) => targetText(t, control, language), {
          id: 'target',
          header: () => t('resultScreens.table.target'),
          cell: ({ getValue }) => getValue(),
        }),
        helper.accessor((control) => control.latest?.status ?? 'none', {
          id: 'status',
          header: () => t('resultScreens.table.status'),
          cell: ({ row }) => <StatusCell control={row.original} />,
        }),
        helper.display({ id: 'basis', header: () => t('resultScreens.table.basis'), cell: ({ row }) => <BasisCell control={row.original} /> }),
        helper.display({ id: 'source', header: () => t('resultScreens.table.source'), cell: ({ row }) => <SourceCell control={row.original} /> }),
      ]),
    [t, language],
  );
}
