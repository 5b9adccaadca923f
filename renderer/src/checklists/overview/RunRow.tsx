import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../shared/checklists/run';
import { useChecklistView } from '../view-store';

interface RunRowProps {
  run: RunSummary;
  rowIndex: number;
  top: number;
  height: number;
}

/** One run in the list; an unfinished run is continued, a finished one opened to review or correct. */
export function RunRow({ run, rowIndex, top, height }: RunRowProps) {
  const { t } = useTranslation();
  const show = useChecklistView((state) => state.show);
  const context = t(`checklistScreens.context.${run.context}`);
  const open = () => show(run.finishedAt === null ? { name: 'run', runId: run.id } : { name: 'summary', runId: run.id });

  return (
    <div className="cl-runs__row" role="row" aria-rowindex={rowIndex} style={{ transform: `translateY(${top}px)`, height }}>
      <span role="cell" className="cl-runs__date">
        {run.date}
      </span>
      <span role="cell" className="cl-runs__name">
        <span className="cl-ellipsis">{run.templateName}</span>
        <span className="cl-runs__sub">{t('checklistScreens.overview.version', { version: run.version })}</span>
      </span>
      <span role="cell">{context}</span>
      <span role="cell" className="cl-runs__name">
        <span>{run.runBy}</span>
        {run.team ? <span className="cl-runs__sub cl-ellipsis">{run.team}</span> : null}
      </span>
      <span role="cell" className="cl-num">
        {run.caseCount}
      </span>
      <span role="cell" className="cl-num">
        {run.answerCount}
      </span>
      <span role="cell" className="cl-runs__open">
        <button
          type="button"
          className={run.finishedAt === null ? 'button button--small button--primary' : 'button button--small button--quiet'}
          aria-label={t(run.finishedAt === null ? 'checklistScreens.runs.continueAria' : 'checklistScreens.runs.openAria', {
            date: run.date,
            name: run.templateName,
            where: context,
          })}
          onClick={open}
        >
          {run.finishedAt === null ? t('checklistScreens.runs.continue') : t('checklistScreens.runs.review')}
        </button>
      </span>
    </div>
  );
}
