import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedUnit, ControlRow } from '../../../shared/comparison';
import { ControlName, UnitHeading, UnitResult } from './ControlCells';

/** The units' order is the comparison's, and rows keep the processes' order: no sorting or filtering here. */
export const comparisonTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof comparisonTableFeatures, ControlRow>();

/** The control, then one column per unit. */
export function useComparisonColumns(units: readonly ComparedUnit[]) {
  const { t } = useTranslation();
  return useMemo(
    () =>
      helper.columns([
        helper.accessor('definition', {
          id: 'control',
          header: () => t('comparison.controls.control'),
          cell: ({ row }) => <ControlName row={row.original} />,
        }),
        ...units.map((unit, index) =>
          helper.accessor((row) => row.cells[index] ?? null, {
            id: `unit-${index}`,
            header: () => <UnitHeading unit={unit} />,
            cell: ({ row, getValue }) => <UnitResult row={row.original} cell={getValue()} unit={unit} />,
          }),
        ),
      ]),
    [t, units],
  );
}
