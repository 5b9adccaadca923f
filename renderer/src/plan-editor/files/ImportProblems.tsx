import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/ipc/plans';

/** What is wrong with a file, row by row, so it can be fixed in Excel and imported again. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="pe-problems" role="alert">
      <p className="notice__title">{t('planEditor.files.problemsTitle')}</p>
      <p>{t('planEditor.files.problemsLead', { count: problems.length })}</p>
      <div className="pe-table-wrap">
        <table className="table table--sticky pe-table">
          <thead>
            <tr>
              <th scope="col">{t('planEditor.files.row')}</th>
              <th scope="col">{t('planEditor.files.column')}</th>
              <th scope="col">{t('planEditor.files.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index}>
                <td className="pe-problems__row">{problem.row ?? t('planEditor.files.wholeFile')}</td>
                <td>{problem.column ?? t('planEditor.common.none')}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
