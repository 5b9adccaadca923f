import { useTranslation } from 'react-i18next';
import type { Aggregation } from '../../../shared/checklists/kinds';
import { RunContext } from '../../../shared/checklists/run';
import type { DrillDown } from '../../../shared/results/control-results';
import { answerRole } from './answer-role';
import { formatDay, formatSetValue } from '../format';
import { Section } from '../components/Section';

type Run = DrillDown['runs'][number];
type Item = DrillDown['items'][number];

interface DrillRunProps {
  run: Run;
  items: Map<string, Item>;
  aggregation: Aggregation;
  limit: number | null;
}

function useAnswerText() {
  const { t, i18n } = useTranslation();
  return (value: unknown, item: Item | undefined): string => {
    if (value === 'yes' || value === 'no' || value === 'na') return t(`resultScreens.answer.${value}`);
    if (typeof value === 'number') return formatSetValue(value, item?.unit ?? '', i18n.language);
    if (Array.isArray(value)) return value.join(', ');
    return String(value);
  };
}

/** One run behind a figure: when, where and by whom, and each case's answers with what they did to the figure. */
export function DrillRun({ run, items, aggregation, limit }: DrillRunProps) {
  const { t, i18n } = useTranslation();
  const answerText = useAnswerText();
  const severalItems = items.size > 1;
  const context = RunContext.safeParse(run.context);
  const contextText = context.success ? t(`resultScreens.runContext.${context.data}`) : run.context;

  return (
    <Section className="rs-run" titleClassName="rs-run__title" level={4} title={<>{formatDay(run.date, i18n.language)} · {contextText}</>}>
      <p className="rs-run__meta">
        {t('resultScreens.drill.checklist', { name: run.templateName, version: run.version })} · {t('resultScreens.drill.runBy', { name: run.runBy })}
        {run.team ? ` · ${t('resultScreens.drill.team', { team: run.team })}` : ''}
      </p>
      <table className="table rs-small-table rs-answers">
        <caption className="visually-hidden">{t('resultScreens.drill.answersCaption', { date: formatDay(run.date, i18n.language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resultScreens.drill.case')}</th>
            {severalItems ? <th scope="col">{t('resultScreens.drill.question')}</th> : null}
            <th scope="col">{t('resultScreens.drill.answer')}</th>
            <th scope="col">{t('resultScreens.drill.role')}</th>
          </tr>
        </thead>
        <tbody>
          {run.cases.flatMap((entry) =>
            entry.answers.map((answer) => {
              const item = items.get(answer.itemId);
              const role = answerRole(answer.value, aggregation, limit);
              const leftOut = role === 'excluded' || role === 'ignored';
              return (
                <tr key={`${entry.caseId}:${answer.itemId}`} className={leftOut ? 'rs-answers__left-out' : undefined} data-role={role}>
                  <th scope="row">{entry.caseRef}</th>
                  {severalItems ? <td>{item?.text ?? ''}</td> : null}
                  <td>
                    {answerText(answer.value, item)}
                    {answer.comment ? <span className="rs-cell-note">{answer.comment}</span> : null}
                  </td>
                  <td>{leftOut ? <span className="rs-left-out">{t(`resultScreens.role.${role}`)}</span> : t(`resultScreens.role.${role}`)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </Section>
  );
}
