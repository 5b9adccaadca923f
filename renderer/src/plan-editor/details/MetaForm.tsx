import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMeta } from '../../../../shared/domain/plan-content';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import { FormError } from '../../components/FormError';
import { usePlanDetail } from '../../plans/plan-detail';
import { usePlans } from '../../plans/plans';
import { DateField, TextField } from '../../components/fields';

type Values = Omit<PlanMeta, 'adoptedOn'> & { title: string; adoptedOn: string };

const valuesOf = (plan: PlanDetail): Values => ({ title: plan.title, ...plan.meta, adoptedOn: plan.meta.adoptedOn ?? '' });

/** Only what differs from the saved plan goes to the server, so the history holds real changes only. */
function changedMeta(values: Values, plan: PlanDetail): Partial<PlanMeta> {
  const patch: Partial<PlanMeta> = {};
  if (values.diarienummer !== plan.meta.diarienummer) patch.diarienummer = values.diarienummer;
  if ((values.adoptedOn || null) !== plan.meta.adoptedOn) patch.adoptedOn = values.adoptedOn || null;
  if (values.decisionBody !== plan.meta.decisionBody) patch.decisionBody = values.decisionBody;
  if (values.processOwner !== plan.meta.processOwner) patch.processOwner = values.processOwner;
  return patch;
}

export function MetaForm({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorId = useId();
  const edit = usePlanDetail((state) => state.edit);
  const reload = usePlanDetail((state) => state.load);
  const rename = usePlans((state) => state.rename);
  const [values, setValues] = useState<Values>(() => valuesOf(plan));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    setNotice(null);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const patch = changedMeta(values, plan);
    const renamed = values.title !== plan.title;
    if (!renamed && Object.keys(patch).length === 0) {
      setNotice(t('planEditor.details.unchanged'));
      return;
    }
    setSaving(true);
    const results = [];
    if (renamed) {
      const result = await rename(plan.id, values.title);
      results.push(result);
      if (result.ok) await reload(plan.id);
    }
    if (Object.keys(patch).length > 0) results.push(await edit((api) => api.plans.updateMeta({ id: plan.id, patch })));
    setSaving(false);
    const refusal = results.find((result) => !result.ok);
    setError(refusal && !refusal.ok ? refusal.error.message : null);
    setNotice(refusal ? null : t('planEditor.details.saved'));
  }

  return (
    <form
      className="panel pe-details"
      noValidate
      aria-labelledby={headingId}
      onSubmit={save}
      onKeyDown={(event) => event.key === 'Escape' && setValues(valuesOf(plan))}
    >
      <h2 id={headingId} className="panel__title">
        {t('planEditor.details.title')}
      </h2>
      <div className="form-grid">
        <TextField className="form-span-2" label={t('planEditor.details.planTitle')} value={values.title} onChange={(title) => set({ title })} />
        <TextField
          label={t('planEditor.details.diarienummer')}
          hint={t('planEditor.details.diarienummerHint')}
          value={values.diarienummer}
          onChange={(diarienummer) => set({ diarienummer })}
        />
        <DateField
          label={t('planEditor.details.adoptedOn')}
          hint={t('planEditor.details.adoptedOnHint')}
          value={values.adoptedOn}
          onChange={(adoptedOn) => set({ adoptedOn })}
        />
        <TextField
          label={t('planEditor.details.decisionBody')}
          hint={t('planEditor.details.decisionBodyHint')}
          value={values.decisionBody}
          onChange={(decisionBody) => set({ decisionBody })}
        />
        <TextField
          label={t('planEditor.details.processOwner')}
          hint={t('planEditor.details.processOwnerHint')}
          value={values.processOwner}
          onChange={(processOwner) => set({ processOwner })}
        />
      </div>
      <FormError id={errorId} message={error} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {saving ? t('common.saving') : t('planEditor.details.save')}
        </button>
      </div>
      <p className="form-success" role="status">
        {notice}
      </p>
    </form>
  );
}
