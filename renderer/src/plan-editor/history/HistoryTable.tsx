import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, PlanDetail } from '../../../../shared/domain/plan-detail';
import { entityLabel, fieldLabel, readableValue } from './history-values';
import { formatDate, formatTime } from '../../format';

const PAGE = 50;

export function HistoryTable({ plan, entries }: { plan: PlanDetail; entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const ctx = { t, language: i18n.language, plan };
  const visible = entries.slice(0, shown);
  const rest = entries.length - visible.length;

  return (
    <>
      <div className="pe-table-wrap">
        <table className="table table--sticky pe-table pe-history">
          <caption className="visually-hidden">{t('planEditor.history.tableLabel')}</caption>
          <colgroup>
            <col className="pe-history__col-when" />
            <col className="pe-history__col-who" />
            <col className="pe-history__col-what" />
            <col className="pe-history__col-field" />
            <col className="pe-history__col-value" />
            <col className="pe-history__col-value" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('planEditor.history.when')}</th>
              <th scope="col">{t('planEditor.history.who')}</th>
              <th scope="col">{t('planEditor.history.what')}</th>
              <th scope="col">{t('planEditor.history.field')}</th>
              <th scope="col">{t('planEditor.history.from')}</th>
              <th scope="col">{t('planEditor.history.to')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((entry) => {
              const from = readableValue(ctx, entry, entry.oldValue);
              const to = readableValue(ctx, entry, entry.newValue);
              return (
                <tr key={entry.id}>
                  <td>
                    <span className="pe-history__date">{formatDate(entry.at, i18n.language)}</span>{' '}
                    <span className="pe-history__time">{t('planEditor.history.time', { time: formatTime(entry.at, i18n.language) })}</span>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    <span className="pe-history__entity">{entityLabel(t, entry.entity)}</span> {entry.entityLabel}
                  </td>
                  <td>{fieldLabel(t, entry.field)}</td>
                  <td className="pe-history__value">{from || <span className="muted">{t('planEditor.common.none')}</span>}</td>
                  <td className="pe-history__value">{to || <span className="muted">{t('planEditor.common.none')}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rest > 0 ? (
        <div className="pe-more">
          <p className="muted">{t('planEditor.history.shown', { shown: visible.length, total: entries.length })}</p>
          <button type="button" className="button" onClick={() => setShown((count) => count + PAGE)}>
            {t('planEditor.history.showMore', { count: Math.min(PAGE, rest) })}
          </button>
        </div>
      ) : null}
    </>
  );
}
