import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import type { Overview } from '../../../shared/results/overview';
import { hashFor } from '../navigation/sections';
import { STATUS_ORDER } from '../results/status-look';
import { ColourCounts } from './ColourCounts';
import { ControlLine } from './ControlLine';
import { controlUnits } from './plan-facts';
import { Panel } from '../components/Panel';

const FIRST_SHOWN = 8;

/** How many controls are green, yellow and red today, and the controls themselves, the worst first. */
export function ControlsByColour({ overview, plan }: { overview: Overview; plan: PlanDetail }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const units = controlUnits(plan);
  const hasTarget = new Set(plan.processes.flatMap((p) => p.risks.flatMap((r) => r.controls.filter((c) => c.targetValue !== null).map((c) => c.id))));
  const sorted = [...overview.controls].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const shown = all ? sorted : sorted.slice(0, FIRST_SHOWN);

  return (
    <Panel className="ov-colours" title={t('overview.colours.title')}>
      <p className="muted">{t('overview.colours.lead')}</p>
      {overview.controls.length === 0 ? (
        <p>{t('overview.colours.none')}</p>
      ) : (
        <>
          <ColourCounts counts={overview.statusCounts} />
          <ul className="ov-control-list" aria-label={t('overview.colours.listLabel')}>
            {shown.map((control) => (
              <ControlLine key={control.controlId} control={control} unit={units.get(control.controlId) ?? ''} hasTarget={hasTarget.has(control.controlId)} />
            ))}
          </ul>
          <div className="button-row">
            {sorted.length > FIRST_SHOWN ? (
              <button type="button" className="button button--small button--quiet" aria-expanded={all} onClick={() => setAll((value) => !value)}>
                {all ? t('overview.colours.showFewer') : t('overview.colours.showAll', { count: sorted.length })}
              </button>
            ) : null}
            <a className="link-button button--small" href={hashFor('results')}>
              {t('overview.colours.allResults')}
            </a>
          </div>
        </>
      )}
    </Panel>
  );
}
