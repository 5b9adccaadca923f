import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedUnit } from '../../../shared/comparison';
import { UnitHeading } from './ControlCells';

interface Props {
  caption: string;
  corner: string;
  units: readonly ComparedUnit[];
  children: ReactNode;
}

/** A small table with a row heading and a column per unit, in the comparison's look. */
export function UnitColumns({ caption, corner, units, children }: Props) {
  return (
    <div className="cmp-scroll" tabIndex={0}>
      <table className="table table--fixed table--sticky cmp-table cmp-table--counts">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="cmp-col-label" />
          {units.map((unit) => (
            <col key={unit.unitId} className="cmp-col-unit" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {units.map((unit) => (
              <th key={unit.unitId} scope="col" className="cmp-num">
                <UnitHeading unit={unit} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** What an empty cell of a unit without the chosen quality area says to a screen reader. */
export function OutOfArea() {
  const { t } = useTranslation();
  return <span className="visually-hidden">{t('comparison.outOfArea')}</span>;
}
