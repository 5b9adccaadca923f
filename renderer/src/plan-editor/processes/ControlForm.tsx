import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ControlContent } from '../../../../shared/domain/plan-content';
import { MeasureFrequency, MeasureKind, MeasureMethod, TargetDirection } from '../../../../shared/domain/plan-enums';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { decimalText, parseDecimal } from '../../format';
import { ContentForm, type ContentFormProps, type Prepared } from '../ContentForm';

/** What the form edits: a control as the channels take it, where direction and tolerance have defaults. */
export type ControlValues = z.input<typeof ControlContent>;

const blank: ControlValues = {
  definition: '',
  method: 'checklist',
  methodDescription: '',
  responsible: '',
  occasion: '',
  frequency: 'monthly',
  measureKind: 'share',
  targetValue: null,
  targetUnit: '%',
  targetDirection: 'at_least',
};

/** Only figures have a target; a yes/no or free-text result is judged in the analysis. */
const hasTarget = (kind: ControlValues['measureKind']) => kind === 'share' || kind === 'count' || kind === 'number';

export function ControlForm(props: ContentFormProps<ControlValues>) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState(decimalText(props.initial?.targetValue ?? null, i18n.language));
  const options = <V extends string>(values: readonly V[], group: 'measureMethod' | 'measureFrequency' | 'measureKind') =>
    values.map((value) => ({ value, label: t(`domain.${group}.${value}` as 'domain.measureKind.share') }));

  function prepare(values: ControlValues): Prepared<ControlValues> {
    const withTarget = hasTarget(values.measureKind);
    const targetValue = withTarget ? parseDecimal(target) : null;
    if (targetValue === undefined) return { ok: false, error: t('planEditor.controls.badTarget') };
    return { ok: true, values: { ...values, targetValue, targetUnit: withTarget ? values.targetUnit : '' } };
  }

  return (
    <ContentForm {...props} blank={blank} prepare={prepare}>
      {(values, set) => (
        <>
          <TextAreaField
            label={t('planEditor.controls.definition')}
            hint={t('planEditor.controls.definitionHint')}
            autoFocus
            value={values.definition}
            onChange={(definition) => set({ definition })}
          />
          <div className="form-grid">
            <SelectField
              label={t('planEditor.controls.method')}
              value={values.method}
              options={options(MeasureMethod.options, 'measureMethod')}
              onChange={(method) => set({ method })}
            />
            <TextField
              label={t('planEditor.controls.methodDescription')}
              value={values.methodDescription}
              onChange={(methodDescription) => set({ methodDescription })}
            />
            <TextField label={t('planEditor.controls.responsible')} value={values.responsible} onChange={(responsible) => set({ responsible })} />
            <TextField
              label={t('planEditor.controls.occasion')}
              hint={t('planEditor.controls.occasionHint')}
              value={values.occasion}
              onChange={(occasion) => set({ occasion })}
            />
            <SelectField
              label={t('planEditor.controls.frequency')}
              value={values.frequency}
              options={options(MeasureFrequency.options, 'measureFrequency')}
              onChange={(frequency) => set({ frequency })}
            />
            <SelectField
              label={t('planEditor.controls.measureKind')}
              value={values.measureKind}
              options={options(MeasureKind.options, 'measureKind')}
              onChange={(measureKind) => set({ measureKind })}
            />
            {hasTarget(values.measureKind) ? (
              <>
                <TextField
                  label={t('planEditor.controls.targetValue')}
                  hint={t('planEditor.controls.targetValueHint')}
                  inputMode="decimal"
                  value={target}
                  onChange={setTarget}
                />
                <TextField
                  label={t('planEditor.controls.targetUnit')}
                  hint={t('planEditor.controls.targetUnitHint')}
                  value={values.targetUnit}
                  onChange={(targetUnit) => set({ targetUnit })}
                />
                <SelectField
                  label={t('planEditor.controls.direction')}
                  value={values.targetDirection ?? 'at_least'}
                  options={TargetDirection.options.map((direction) => ({ value: direction, label: t(`planEditor.controls.directions.${direction}`) }))}
                  onChange={(targetDirection) => set({ targetDirection })}
                />
              </>
            ) : null}
          </div>
        </>
      )}
    </ContentForm>
  );
}
