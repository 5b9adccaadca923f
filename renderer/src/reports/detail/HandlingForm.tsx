import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasSender } from '../../../../shared/reports/kinds';
import type { ReportDetail, ReportPatch } from '../../../../shared/reports/report';
import { EditForm } from '../../components/EditForm';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { useSubmit } from '../../hooks/use-submit';
import type { ReportWrite } from './use-report';

interface Draft {
  findings: string;
  cause: string;
  conclusion: string;
  investigatedBy: string;
  investigatedOn: string;
  feedbackOn: string;
  feedbackHow: string;
  serious: '' | 'yes' | 'no';
  ivoReportedOn: string;
  ivoReference: string;
}

function draftOf(report: ReportDetail): Draft {
  return {
    findings: report.findings,
    cause: report.cause,
    conclusion: report.conclusion,
    investigatedBy: report.investigatedBy,
    investigatedOn: report.investigatedOn ?? '',
    feedbackOn: report.feedbackOn ?? '',
    feedbackHow: report.feedbackHow,
    serious: report.serious === null ? '' : report.serious ? 'yes' : 'no',
    ivoReportedOn: report.ivoReportedOn ?? '',
    ivoReference: report.ivoReference,
  };
}

const day = (text: string) => (text.trim() === '' ? null : text.trim());

/** The utredning, the återkoppling to a known sender and, for lex Sarah, the assessment and anmälan to IVO; saved together. */
export function HandlingForm({ report, write }: { report: ReportDetail; write: ReportWrite }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(report));
  const [saved, setSaved] = useState(false);
  const { saving, error, run } = useSubmit(() => setSaved(true));
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const lexSarah = report.kind === 'lex_sarah';
  const sender = hasSender(report.kind);

  function patch(): ReportPatch {
    const base: ReportPatch = {
      findings: draft.findings,
      cause: draft.cause,
      conclusion: draft.conclusion,
      investigatedBy: draft.investigatedBy,
      investigatedOn: day(draft.investigatedOn),
    };
    if (sender) Object.assign(base, { feedbackOn: report.anonymous ? null : day(draft.feedbackOn), feedbackHow: report.anonymous ? '' : draft.feedbackHow });
    if (lexSarah) {
      const serious = draft.serious === '' ? null : draft.serious === 'yes';
      Object.assign(base, { serious, ivoReportedOn: serious ? day(draft.ivoReportedOn) : null, ivoReference: serious ? draft.ivoReference : '' });
    }
    if (report.kind === 'tillsyn') base.ivoReference = draft.ivoReference;
    return base;
  }

  return (
    <section className="panel rp-handling" aria-label={t('reportScreens.handling.title')}>
      <EditForm
        title={t('reportScreens.handling.title')}
        submitLabel={t('reportScreens.handling.save')}
        saving={saving}
        error={error}
        level={3}
        keyHint={t('reportScreens.handling.keys')}
        enterSaves
        onSubmit={() => void run(() => write((api, today) => api.reports.update({ id: report.id, patch: patch(), today })))}
        onCancel={() => setDraft(draftOf(report))}
      >
        {report.kind === 'tillsyn' ? (
          <fieldset className="rp-group">
            <legend>{t('reportScreens.handling.tillsyn')}</legend>
            <TextField label={t('reportScreens.handling.ivoReference')} value={draft.ivoReference} maxLength={60} spellCheck={false} onChange={(ivoReference) => set({ ivoReference })} />
            <p className="field-hint">{t('reportScreens.handling.tillsynHint')}</p>
          </fieldset>
        ) : null}
        <fieldset className="rp-group">
          <legend>{t('reportScreens.handling.investigation')}</legend>
          <TextAreaField label={t('reportScreens.handling.findings')} value={draft.findings} onChange={(findings) => set({ findings })} />
          <TextAreaField label={t('reportScreens.handling.cause')} value={draft.cause} onChange={(cause) => set({ cause })} />
          <TextAreaField label={t('reportScreens.handling.conclusion')} value={draft.conclusion} onChange={(conclusion) => set({ conclusion })} />
          <div className="rp-form__grid">
            <TextField label={t('reportScreens.handling.investigatedBy')} hint={t('reportScreens.handling.investigatedByHint')} value={draft.investigatedBy} maxLength={100} onChange={(investigatedBy) => set({ investigatedBy })} />
            <DateField label={t('reportScreens.handling.investigatedOn')} value={draft.investigatedOn} onChange={(investigatedOn) => set({ investigatedOn })} />
          </div>
        </fieldset>
        {lexSarah ? (
          <fieldset className="rp-group">
            <legend>{t('reportScreens.handling.lexSarah')}</legend>
            <SelectField
              label={t('reportScreens.handling.serious')}
              value={draft.serious}
              options={[
                { value: '', label: t('reportScreens.handling.seriousUnknown') },
                { value: 'yes', label: t('reportScreens.handling.seriousYes') },
                { value: 'no', label: t('reportScreens.handling.seriousNo') },
              ]}
              onChange={(serious) => set({ serious })}
            />
            {draft.serious === 'yes' ? (
              <div className="rp-form__grid">
                <DateField label={t('reportScreens.handling.ivoReportedOn')} value={draft.ivoReportedOn} onChange={(ivoReportedOn) => set({ ivoReportedOn })} />
                <TextField label={t('reportScreens.handling.ivoReference')} value={draft.ivoReference} maxLength={60} spellCheck={false} onChange={(ivoReference) => set({ ivoReference })} />
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {sender ? (
          <fieldset className="rp-group">
            <legend>{t('reportScreens.handling.feedback')}</legend>
            {report.anonymous ? (
              <p className="muted">{t('reportScreens.handling.anonymousNoFeedback')}</p>
            ) : (
              <div className="rp-form__grid">
                <DateField label={t('reportScreens.handling.feedbackOn')} value={draft.feedbackOn} onChange={(feedbackOn) => set({ feedbackOn })} />
                <TextField label={t('reportScreens.handling.feedbackHow')} value={draft.feedbackHow} maxLength={200} onChange={(feedbackHow) => set({ feedbackHow })} />
              </div>
            )}
          </fieldset>
        ) : null}
      </EditForm>
      <p className="form-success" role="status">
        {saved && !error ? t('reportScreens.handling.saved') : ''}
      </p>
    </section>
  );
}
