import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskDetail } from '../../../../shared/domain/plan-detail';
import type { Assessment, RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { RiskLevelBadge } from '../../components/RiskLevelBadge';
import { usePlanDetail } from '../../plans/plan-detail';

type Stage = 'inherent' | 'residual';
type Axis = 'likelihood' | 'consequence';

interface AssessmentRowProps {
  risk: RiskDetail;
  stage: Stage;
  matrix: RiskMatrix;
  canEdit: boolean;
}

interface Draft {
  likelihood: string;
  consequence: string;
}

const asDraft = (assessment: Assessment | null): Draft => ({
  likelihood: assessment ? String(assessment.likelihood) : '',
  consequence: assessment ? String(assessment.consequence) : '',
});

/**
 * One stage of a risk's assessment: its level in colour and, while the plan is open,
 * a select per axis. A complete pair is saved at once; emptying either clears the stage.
 */
export function AssessmentRow({ risk, stage, matrix, canEdit }: AssessmentRowProps) {
  const { t } = useTranslation();
  const edit = usePlanDetail((state) => state.edit);
  const saved = risk[stage];
  // Only a half-chosen pair lives here; otherwise the plan's own value is shown.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? asDraft(saved);

  async function choose(axis: Axis, value: string) {
    const next = { ...shown, [axis]: value };
    const complete = next.likelihood !== '' && next.consequence !== '';
    if (!complete && saved === null) {
      setDraft(next);
      return;
    }
    setDraft(complete ? null : next);
    const assessment = complete ? { likelihood: Number(next.likelihood), consequence: Number(next.consequence) } : null;
    const result = await edit((api) => api.risks.assess({ id: risk.id, stage, assessment }));
    setError(result.ok ? null : result.error.message);
  }

  const stageName = t(`domain.stage.${stage}`);
  const half = draft !== null && (draft.likelihood === '') !== (draft.consequence === '');
  return (
    <div className="pe-assess">
      <RiskLevelBadge matrix={matrix} assessment={saved} stage={stage} />
      {canEdit ? (
        <span className="pe-assess__selects">
          {(['likelihood', 'consequence'] as const).map((axis) => (
            <label key={axis} className="pe-assess__field">
              <span>{t(`domain.${axis}`)}</span>
              <select
                value={shown[axis]}
                aria-label={t('planEditor.assessment.selectAria', { axis: t(`domain.${axis}`), stage: stageName.toLowerCase() })}
                onChange={(event) => void choose(axis, event.target.value)}
              >
                <option value="">{t('planEditor.common.none')}</option>
                {matrix[axis].map((level, index) => (
                  <option key={index} value={String(index + 1)}>
                    {level.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {half ? <span className="pe-assess__hint">{t('planEditor.assessment.completeHint')}</span> : null}
          {error ? (
            <span className="form-error pe-assess__error" role="alert">
              {error}
            </span>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
