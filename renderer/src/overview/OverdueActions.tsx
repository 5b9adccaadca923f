import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/results/overview';
import { hashFor } from '../navigation/sections';
import { showPlanOnArrival } from '../results/quality-plan-links';
import { formatDay } from '../format';
import { Panel } from '../components/Panel';

/** Actions past their due date and not done: what, who, when it was due and how late it is. */
export function OverdueActions({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const actions = overview.overdueActions;

  return (
    <Panel className="ov-actions" title={<>{t('overview.actions.title')} <span className={actions.length > 0 ? 'ov-pill ov-pill--late' : 'ov-pill'}>{actions.length}</span></>}>
      {actions.length === 0 ? (
        <p>{t('overview.actions.none')}</p>
      ) : (
        <div className="rs-table-wrap">
          <table className="table ov-table">
            <caption className="visually-hidden">{t('overview.actions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.actions.action')}</th>
                <th scope="col">{t('overview.actions.owner')}</th>
                <th scope="col">{t('overview.actions.due')}</th>
                <th scope="col">{t('overview.actions.late')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id} data-action={action.id}>
                  <td>
                    <span className="ov-action__text">{action.text}</span>
                    <span className="rs-cell-note">
                      {action.processName} · {action.riskText} · {t(`domain.actionStatus.${action.status}`)}
                    </span>
                  </td>
                  <td>{action.owner || <span className="muted">{t('overview.actions.noOwner')}</span>}</td>
                  <td className="ov-nowrap">{formatDay(action.dueDate, i18n.language)}</td>
                  <td className="ov-nowrap ov-late">{t('overview.actions.days', { count: action.daysOverdue })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <a className="link-button button--small" href={hashFor('qualityPlan')} onClick={showPlanOnArrival}>
        {t('overview.actions.toPlan')}
      </a>
    </Panel>
  );
}
