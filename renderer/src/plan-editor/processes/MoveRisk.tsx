import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDetail, RiskDetail } from '../../../../shared/domain/plan-detail';
import { FormError } from '../../components/FormError';
import { usePlanDetail } from '../../plans/plan-detail';
import { requestFocus } from '../focus-request';
import { useSubmit } from '../../hooks/use-submit';

interface MoveRiskProps {
  risk: RiskDetail;
  processes: ProcessDetail[];
}

/** Moves a risk to the end of another process; a select and a button, so arrowing through the list moves nothing. */
export function MoveRisk({ risk, processes }: MoveRiskProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const errorId = useId();
  const edit = usePlanDetail((state) => state.edit);
  const [target, setTarget] = useState('');
  const { saving, error, run } = useSubmit();
  const others = processes.filter((process) => process.id !== risk.processId);
  if (others.length === 0) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const to = others.find((process) => process.id === target);
    if (!to) return;
    requestFocus(risk.id);
    void run(() => edit((api) => api.risks.move({ id: risk.id, toProcessId: to.id, toIndex: to.risks.length })));
  }

  return (
    <form className="pe-move" noValidate onSubmit={submit}>
      <label htmlFor={selectId}>{t('planEditor.risks.moveTo')}</label>
      <select
        id={selectId}
        value={target}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setTarget(event.target.value)}
      >
        <option value="">{t('planEditor.risks.moveToPlaceholder')}</option>
        {others.map((process) => (
          <option key={process.id} value={process.id}>
            {process.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" aria-label={t('planEditor.risks.moveAria')} disabled={target === '' || saving}>
        {t('planEditor.risks.move')}
      </button>
      <FormError id={errorId} message={error} />
    </form>
  );
}
