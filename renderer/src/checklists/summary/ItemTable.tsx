import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isShare } from '../../../../shared/checklists/kinds';
import type { ItemReport, RunReport } from '../../../../shared/checklists/report';
import { formatNumber } from '../../format';
import { Section } from '../../components/Section';

function Figure({ item, t, language }: { item: ItemReport; t: TFunction; language: string }) {
  const figure = item.figure;
  if (!figure) return <>–</>;
  return (
    <>
      <span className="cl-table__figure">{figure.value === null ? '–' : `${formatNumber(figure.value, language, 1)}${isShare(figure.aggregation) ? ' %' : ''}`}</span>
      <span className="cl-table__how">{t(`checklistScreens.aggregation.${figure.aggregation}`)}</span>
    </>
  );
}

/** Every item of the run with its counts, for the one who wants the details behind the sentences. */
export function ItemTable({ report }: { report: RunReport }) {
  const { t, i18n } = useTranslation();
  return (
    <Section className="cl-section" titleClassName="cl-subtitle" level={3} title={t('checklistScreens.summary.itemsTitle')}>
      <table className="table table--boxed cl-table">
        <thead>
          <tr>
            <th scope="col">{t('checklistScreens.summary.item')}</th>
            <th scope="col" className="cl-num">
              {t('checklistScreens.summary.itemAnswered')}
            </th>
            <th scope="col" className="cl-num">
              {t('checklistScreens.summary.itemNa')}
            </th>
            <th scope="col" className="cl-num">
              {t('checklistScreens.summary.itemDeviations')}
            </th>
            <th scope="col">{t('checklistScreens.summary.itemFigure')}</th>
          </tr>
        </thead>
        <tbody>
          {report.items.map((item, index) => (
            <tr key={item.itemId}>
              <th scope="row">
                <span className="cl-table__number">{index + 1}.</span> {item.text}
              </th>
              <td className="cl-num">{item.answered}</td>
              <td className="cl-num">{item.kind === 'yes_no_na' ? item.notApplicable : '–'}</td>
              <td className="cl-num">{item.deviations ?? '–'}</td>
              <td>
                <Figure item={item} t={t} language={i18n.language} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
