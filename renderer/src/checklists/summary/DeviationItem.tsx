import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunReport } from '../../../../shared/checklists/report';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { hashFor } from '../../navigation/sections';
import { useReturnFocus } from '../../hooks/useReturnFocus';
import { FollowUpForm } from './FollowUpForm';

interface DeviationItemProps {
  deviation: RunReport['deviations'][number];
  report: RunReport;
  plan: PlanDetail;
  writable: boolean;
}

/** One deviation sentence; "Skapa uppföljande åtgärd" opens the action form right under it. */
export function DeviationItem({ deviation, report, plan, writable }: DeviationItemProps) {
  const { t } = useTranslation();
  const textId = useId();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const opener = useReturnFocus<HTMLButtonElement>(open);
  const done = useRef<HTMLParagraphElement>(null);

  // The button is gone once the action exists: the focus goes to the sentence that says so.
  useEffect(() => {
    if (created !== null) done.current?.focus();
  }, [created]);

  return (
    <li className="cl-deviation" aria-labelledby={textId}>
      <div className="cl-deviation__row">
        <p id={textId} className="cl-deviation__text">
          {deviation.message}
        </p>
        {writable && !open && !created ? (
          <button
            ref={opener}
            type="button"
            className="button button--small"
            aria-label={t('checklistScreens.followUp.openAria', { message: deviation.message })}
            onClick={() => setOpen(true)}
          >
            {t('checklistScreens.followUp.open')}
          </button>
        ) : null}
      </div>
      {created ? (
        <p ref={done} className="form-success" role="status" tabIndex={-1}>
          {t('checklistScreens.followUp.created', { risk: created })} <a href={hashFor('qualityPlan')}>{t('checklistScreens.followUp.showPlan')}</a>
        </p>
      ) : null}
      {open ? (
        <FollowUpForm
          deviation={deviation}
          report={report}
          plan={plan}
          onCreated={(riskText) => {
            setCreated(riskText);
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </li>
  );
}
