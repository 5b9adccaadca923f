import { useTranslation } from 'react-i18next';
import { hashFor } from '../navigation/sections';
import { ControlDetail } from './ControlDetail';
import { ControlTable } from './ControlTable';
import { useResultsData } from './data-store';
import { PeriodChoicePicker } from './PeriodChoicePicker';
import { StatusLegend } from './StatusLegend';
import { useResultsView } from './view-store';

/** The current plan's results: loading and failure, the table of every control, or one control's detail. */
export function ResultsBody({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const results = useResultsData((state) => (state.results?.planId === planId ? state.results : null));
  const status = useResultsData((state) => state.status);
  const error = useResultsData((state) => state.error);
  const controlId = useResultsView((state) => state.controlId);

  if (status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('resultScreens.loadFailed')}</p>
        {error ? <p>{error}</p> : null}
        <p>
          <button type="button" className="button" onClick={() => void useResultsData.getState().reload()}>
            {t('common.retry')}
          </button>{' '}
          <a href={hashFor('qualityPlan')}>{t('resultScreens.choosePlan')}</a>
        </p>
      </div>
    );
  }
  if (!results) {
    return (
      <p className="loading" role="status">
        {t('resultScreens.loading')}
      </p>
    );
  }
  const control = controlId ? results.controls.find((candidate) => candidate.controlId === controlId) : undefined;

  return (
    <div className="rs-body" aria-busy={status === 'loading'}>
      <PeriodChoicePicker />
      {control ? (
        <ControlDetail control={control} year={results.year} />
      ) : results.controls.length === 0 ? (
        <section className="panel">
          <p>{t('resultScreens.noControls')}</p>
          <a className="link-button" href={hashFor('qualityPlan')}>
            {t('resultScreens.toPlan')}
          </a>
        </section>
      ) : (
        <>
          <StatusLegend />
          <ControlTable controls={results.controls} />
        </>
      )}
    </div>
  );
}
