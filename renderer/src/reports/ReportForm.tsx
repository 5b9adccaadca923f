import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { hasSender, type ReportChannel, type ReportKind } from '../../../shared/reports/kinds';
import type { ReportDetail, ReportFields } from '../../../shared/reports/report';
import { EditForm } from '../components/EditForm';
import { DateField, SelectField, TextAreaField, TextField } from '../components/fields';
import { shortLabel } from '../format';
import { useSubmit } from '../hooks/use-submit';
import { localToday } from '../results/today';
import { useReportsData } from './data-store';
import { categoryOptions, channelOptions, kindOptions, processOptions } from './options';
import { useReportsView } from './view-store';

interface ReportFormProps {
  plan: PlanDetail;
  /** The report whose details are changed; a new report when left out. */
  report?: ReportDetail;
  onClose(): void;
}

type Draft = Omit<ReportFields, 'channel'> & { channel: ReportChannel | '' };

function draftOf(report: ReportDetail | undefined): Draft {
  if (!report) {
    return { receivedOn: localToday(), kind: 'avvikelse', categoryId: null, channel: '', anonymous: false, caseRef: '', subject: '', description: '', processId: null, qualityAreaIds: [] };
  }
  const { receivedOn, kind, categoryId, channel, anonymous, caseRef, subject, description, processId, qualityAreaIds } = report;
  return { receivedOn, kind, categoryId, channel: channel ?? '', anonymous, caseRef, subject, description, processId, qualityAreaIds };
}

/**
 * What a report says when it comes in, keyboard first: each field in turn, Enter saves.
 * A new report is in the database once the answer comes back; the form then empties for
 * the next one and keeps the date and kind, since reports are often entered in a batch.
 */
export function ReportForm({ plan, report, onClose }: ReportFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(report));
  const [saved, setSaved] = useState<{ id: string; text: string } | null>(null);
  const categories = useReportsData((state) => state.categories);
  const write = useReportsData((state) => state.write);
  const { saving, error, run } = useSubmit();
  const form = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const tillsyn = draft.kind === 'tillsyn';
  // Opened by a button or Alt+N, the form takes the focus on its first field.
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  const fields = (): ReportFields => ({ ...draft, channel: draft.channel === '' ? null : draft.channel, anonymous: hasSender(draft.kind) && draft.anonymous });

  async function submit() {
    let created: ReportDetail | null = null;
    const ok = await run(async () => {
      const result = await write((api, today) => (report ? api.reports.update({ id: report.id, patch: fields(), today }) : api.reports.create({ planId: plan.id, today, ...fields() })));
      if (result.ok) created = result.value;
      return result;
    });
    if (!ok) return;
    if (report) {
      onClose();
      return;
    }
    const done = created as ReportDetail | null;
    if (done) setSaved({ id: done.id, text: shortLabel(done.subject || done.caseRef || t(`reportScreens.kind.${done.kind}`), 60) });
    setDraft((current) => ({ ...draftOf(undefined), receivedOn: current.receivedOn, kind: current.kind, channel: current.channel }));
    requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>('input')?.focus());
  }

  return (
    <div ref={form} className="rp-form">
      <EditForm
        title={report ? t('reportScreens.form.editTitle') : t('reportScreens.form.newTitle')}
        submitLabel={report ? t('common.save') : t('reportScreens.form.save')}
        saving={saving}
        error={error}
        onSubmit={() => void submit()}
        onCancel={onClose}
        level={report ? 3 : 2}
        keyHint={t('reportScreens.form.keys')}
        enterSaves
      >
        <div className="rp-form__grid">
          <DateField label={t('reportScreens.form.receivedOn')} value={draft.receivedOn} onChange={(receivedOn) => set({ receivedOn })} />
          <SelectField
            label={t('reportScreens.form.kind')}
            value={draft.kind}
            options={kindOptions(t)}
            hint={t(`reportScreens.kindHelp.${draft.kind}`)}
            onChange={(kind: ReportKind) => set({ kind, categoryId: null, anonymous: hasSender(kind) && draft.anonymous })}
          />
          <SelectField
            label={t('reportScreens.form.category')}
            value={draft.categoryId ?? ''}
            options={[{ value: '', label: t('reportScreens.noCategory') }, ...categoryOptions(categories, draft.kind, report?.categoryId)]}
            onChange={(categoryId) => set({ categoryId: categoryId || null })}
          />
          <SelectField label={t('reportScreens.form.channel')} value={draft.channel} options={channelOptions(t)} onChange={(channel) => set({ channel: channel as Draft['channel'] })} />
        </div>
        {hasSender(draft.kind) ? (
          <label className="rp-check">
            <input type="checkbox" checked={draft.anonymous} onChange={(event) => set({ anonymous: event.target.checked })} />
            {t('reportScreens.form.anonymous')}
          </label>
        ) : null}
        <TextField
          label={tillsyn ? t('reportScreens.form.tillsynSubject') : t('reportScreens.form.subject')}
          hint={t('reportScreens.form.subjectHint')}
          value={draft.subject}
          maxLength={200}
          onChange={(subject) => set({ subject })}
        />
        <TextAreaField
          label={tillsyn ? t('reportScreens.form.tillsynDescription') : t('reportScreens.form.description')}
          hint={t('reportScreens.form.descriptionHint')}
          rows={3}
          value={draft.description}
          onChange={(description) => set({ description })}
        />
        <div className="rp-form__grid">
          <SelectField
            label={t('reportScreens.form.process')}
            value={draft.processId ?? ''}
            options={[{ value: '', label: t('reportScreens.noProcess') }, ...processOptions(plan)]}
            onChange={(processId) => set({ processId: processId || null })}
          />
          <TextField label={t('reportScreens.form.caseRef')} hint={t('reportScreens.form.caseRefHint')} value={draft.caseRef} maxLength={60} spellCheck={false} onChange={(caseRef) => set({ caseRef })} />
        </div>
        {plan.qualityAreas.length > 0 ? (
          <fieldset className="rp-areas">
            <legend>{t('reportScreens.form.areas')}</legend>
            {plan.qualityAreas.map((area) => (
              <label key={area.id} className="rp-check">
                <input
                  type="checkbox"
                  checked={draft.qualityAreaIds.includes(area.id)}
                  onChange={(event) =>
                    set({ qualityAreaIds: event.target.checked ? [...draft.qualityAreaIds, area.id] : draft.qualityAreaIds.filter((id) => id !== area.id) })
                  }
                />
                {area.name}
              </label>
            ))}
          </fieldset>
        ) : null}
      </EditForm>
      {saved ? (
        <p className="form-success" role="status">
          {t('reportScreens.form.saved', { text: saved.text })}{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => useReportsView.getState().openReport(saved.id)}>
            {t('reportScreens.form.openSaved')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
