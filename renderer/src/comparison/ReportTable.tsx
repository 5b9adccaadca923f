import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearComparison } from '../../../shared/comparison';
import { formatCount, formatFigure } from '../format';
import { ComparisonSection } from './ComparisonSection';
import { OutOfArea, UnitColumns } from './UnitColumns';

/** Each unit's register side by side: reports per kind, open lex Sarah, median days to investigate, and the categories per kind. */
export function ReportTable({ comparison }: { comparison: YearComparison }) {
  const { t, i18n } = useTranslation();
  const { units, reports } = comparison;
  const countCell = (count: number | null, index: number) => (
    <td key={units[index]!.unitId} className={count === null ? 'cmp-cell--absent' : 'cmp-num'}>
      {count === null ? <OutOfArea /> : formatCount(count, i18n.language)}
    </td>
  );
  return (
    <ComparisonSection title={t('comparison.reports.title')} lead={t('comparison.reports.lead')}>
      <UnitColumns caption={t('comparison.reports.caption')} corner={t('comparison.reports.kind')} units={units}>
        {/* The contract's labels are Swedish; the screen names each kind in its own language. */}
        {reports.kinds.map((row) => (
          <tr key={row.kind} data-kind={row.kind}>
            <th scope="row">{t(`reportScreens.kindPlural.${row.kind}`)}</th>
            {row.counts.map(countCell)}
          </tr>
        ))}
        <tr className="cmp-total-row">
          <th scope="row">{t('comparison.reports.openLexSarah')}</th>
          {reports.openLexSarah.map(countCell)}
        </tr>
        <tr>
          <th scope="row">{t('comparison.reports.medianDays')}</th>
          {reports.medianDaysToInvestigate.map((days, index) => (
            <td key={units[index]!.unitId} className={units[index]!.hasQualityArea ? 'cmp-num' : 'cmp-cell--absent'}>
              {!units[index]!.hasQualityArea ? (
                <OutOfArea />
              ) : days === null ? (
                <>
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">{t('comparison.reports.noneInvestigated')}</span>
                </>
              ) : (
                formatFigure(days, '', i18n.language)
              )}
            </td>
          ))}
        </tr>
      </UnitColumns>
      {reports.categories.length > 0 ? <CategoryTable comparison={comparison} /> : null}
    </ComparisonSection>
  );
}

/** The categories grouped by kind, folded away until asked for since they make a long table. */
function CategoryTable({ comparison }: { comparison: YearComparison }) {
  const { t, i18n } = useTranslation();
  const { units } = comparison;
  const { categories } = comparison.reports;
  const kinds = comparison.reports.kinds.map((row) => row.kind).filter((kind) => categories.some((row) => row.kind === kind));
  return (
    <details className="cmp-details">
      <summary>{t('comparison.reports.categories', { count: categories.length })}</summary>
      <UnitColumns caption={t('comparison.reports.categoriesCaption')} corner={t('comparison.reports.category')} units={units}>
        {kinds.map((kind) => (
          <Fragment key={kind}>
            <tr className="cmp-process-row">
              <th scope="rowgroup" colSpan={units.length + 1}>
                <span className="cmp-process-row__name">{t(`reportScreens.kindPlural.${kind}`)}</span>
              </th>
            </tr>
            {categories
              .filter((row) => row.kind === kind)
              .map((row) => (
                <tr key={row.key} data-category={row.key}>
                  <th scope="row">{row.category}</th>
                  {row.counts.map((count, index) => (
                    <td key={units[index]!.unitId} className={count === null ? 'cmp-cell--absent' : 'cmp-num'}>
                      {count === null ? <OutOfArea /> : formatCount(count, i18n.language)}
                    </td>
                  ))}
                </tr>
              ))}
          </Fragment>
        ))}
      </UnitColumns>
    </details>
  );
}
