import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { useReportsData } from '../data-store';
import { ReportForm } from '../ReportForm';
import { useReportsView } from '../view-store';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { RegisterShortcuts } from './RegisterShortcuts';

/** The register: a new report's form, the filters and the list of every report they let through. */
export function RegisterView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const filter = useReportsView((state) => state.filter);
  const creating = useReportsView((state) => state.creating);
  const setCreating = useReportsView((state) => state.setCreating);
  const reports = useReportsData((state) => (state.planId === plan.id ? state.reports : null));
  const status = useReportsData((state) => state.status);
  const error = useReportsData((state) => state.error);
  const newButton = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    void useReportsData.getState().load(plan.id, JSON.parse(filterKey));
  }, [plan.id, filterKey]);

  // Alt+N and Alt+S from anywhere in the register, as the shortcuts box says.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n') {
        event.preventDefault();
        useReportsView.getState().setCreating(true);
      } else if (key === 's') {
        event.preventDefault();
        search.current?.focus();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function closeForm() {
    setCreating(false);
    requestAnimationFrame(() => newButton.current?.focus());
  }

  return (
    <div className="rp-register">
      <div className="rp-register__main">
        <div className="rp-toolbar">
          {creating ? null : (
            <button ref={newButton} type="button" className="button button--primary" aria-keyshortcuts="Alt+N" onClick={() => setCreating(true)}>
              {t('reportScreens.register.newReport')}
            </button>
          )}
          {reports ? (
            <p className="muted" role="status">
              {t('reportScreens.register.count', { count: reports.length })}
            </p>
          ) : null}
        </div>
        {creating ? <ReportForm plan={plan} onClose={closeForm} /> : null}
        <RegisterFilters plan={plan} searchRef={search} />
        {status === 'failed' ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('reportScreens.loadFailed')}</p>
            {error ? <p>{error}</p> : null}
            <p>
              <button type="button" className="button" onClick={() => void useReportsData.getState().reload()}>
                {t('common.retry')}
              </button>
            </p>
          </div>
        ) : !reports ? (
          <p className="loading" role="status">
            {t('reportScreens.loading')}
          </p>
        ) : reports.length === 0 ? (
          <p className="empty-note">{Object.keys(filter).length > 0 ? t('reportScreens.register.noMatch') : t('reportScreens.register.empty')}</p>
        ) : (
          <RegisterTable reports={reports} />
        )}
      </div>
      <RegisterShortcuts />
    </div>
  );
}
