import { useTranslation } from 'react-i18next';
import type { RunReport } from '../../../../shared/checklists/report';

/** Three figures in large type: cases, answers of possible, deviations. */
export function SummaryFigures({ report }: { report: RunReport }) {
  const { t } = useTranslation();
  const figures = [
    { label: t('checklistScreens.summary.cases'), value: String(report.casesReviewed) },
    {
      label: t('checklistScreens.summary.answered'),
      value: t('checklistScreens.summary.answeredValue', { answered: report.itemsAnswered, possible: report.answersPossible }),
    },
    { label: t('checklistScreens.summary.deviations'), value: String(report.deviations.length) },
  ];
  return (
    <dl className="cl-figures">
      {figures.map((figure) => (
        <div key={figure.label} className="card cl-figure">
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
