import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/domain/plan-detail';
import type { MatrixChangePreview } from '../../../../shared/ipc/matrix';
import { RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { request } from '../../api/client';
import { usePlanDetail } from '../../plans/plan-detail';
import { resizeDraft, validationMessages, type Axis } from '../model/matrix-draft';
import { riskEntries } from '../model/risk-entries';
import { useMatrixWorkspace } from '../workspace-store';
import { ChangePreview } from './ChangePreview';
import { GridEditor } from './GridEditor';
import { PresetPicker } from './PresetPicker';
import { RiskLevelsEditor } from './RiskLevelsEditor';
import { ScaleEditor } from './ScaleEditor';
import { Panel } from '../../components/Panel';

interface MatrixEditorProps {
  detail: PlanDetail;
}

type Previewed = MatrixChangePreview & { matrix: RiskMatrix };

/**
 * "Anpassa riskmatrisen": a draft of the matrix, edited freely; nothing is saved until
 * the user has seen the preview of every assessment it affects and confirmed it.
 */
export function MatrixEditor({ detail }: MatrixEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<RiskMatrix>(detail.matrix);
  const [preview, setPreview] = useState<Previewed | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const numbers = useMemo(() => new Map(riskEntries(detail).map((entry) => [entry.id, entry.number])), [detail]);

  useEffect(() => heading.current?.focus(), []);

  function update(next: RiskMatrix) {
    setDraft(next);
    setPreview(null);
    setMessages([]);
  }

  function resize(axis: Axis, count: number) {
    const result = resizeDraft(
      draft,
      axis === 'likelihood' ? count : draft.likelihood.length,
      axis === 'consequence' ? count : draft.consequence.length,
    );
    if (result.ok) update(result.matrix);
    else setMessages(result.messages);
  }

  function close(announcement?: string) {
    const workspace = useMatrixWorkspace.getState();
    workspace.editMatrix(false);
    if (announcement) workspace.announce(announcement);
    // The map comes back in place of the editor; the keyboard lands on the button that opened it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-customise-matrix]')?.focus());
  }

  async function runPreview(note: string[] = []) {
    const problems = validationMessages(draft);
    if (problems.length > 0) {
      setMessages(problems);
      return;
    }
    const matrix = RiskMatrix.parse(draft);
    setBusy(true);
    const result = await request((api) => api.matrix.preview({ planId: detail.id, matrix }));
    setBusy(false);
    if (result.ok) {
      setPreview({ ...result.value, matrix });
      setMessages(note);
    } else {
      setMessages([result.error.message]);
    }
  }

  async function save() {
    if (!preview) return;
    setBusy(true);
    const confirmedChanges = preview.summary.rescaled + preview.summary.levelChanged;
    const result = await usePlanDetail
      .getState()
      .edit((api) => api.matrix.apply({ planId: detail.id, matrix: preview.matrix, confirmedChanges }));
    setBusy(false);
    if (result.ok) close(t('riskMatrix.settings.saved'));
    else if (result.error.code === 'CONFLICT') await runPreview([result.error.message]);
    else setMessages([result.error.message]);
  }

  return (
    <div className="rm-settings" aria-labelledby={headingId} role="region">
      <div className="rm-settings__header">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="section-title">
          {t('riskMatrix.settings.title')}
        </h2>
        <p className="muted">{t('riskMatrix.settings.intro')}</p>
      </div>
      <PresetPicker onUse={update} />
      <Panel className="rm-settings__part" title={t('riskMatrix.settings.scalesTitle')}>
        <div className="rm-settings__scales">
          <ScaleEditor axis="likelihood" matrix={draft} onChange={update} onResize={(count) => resize('likelihood', count)} />
          <ScaleEditor axis="consequence" matrix={draft} onChange={update} onResize={(count) => resize('consequence', count)} />
        </div>
      </Panel>
      <RiskLevelsEditor matrix={draft} onChange={update} />
      <GridEditor matrix={draft} onChange={update} />
      {messages.length > 0 ? (
        <div className="form-error" role="alert">
          <ul className="rm-messages">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview ? (
        <ChangePreview preview={preview} numberOf={(id) => numbers.get(id)} saving={busy} onSave={() => void save()} onCancel={() => close()} />
      ) : (
        <div className="button-row rm-settings__footer">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void runPreview()}>
            {t('riskMatrix.settings.preview')}
          </button>
          <button type="button" className="button" onClick={() => close()}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
