import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixChangePreview } from '../../../../shared/ipc/matrix';
import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import { Panel } from '../../components/Panel';

type Placed = MatrixChangePreview['changes'][number]['before'];

interface ChangePreviewProps {
  preview: MatrixChangePreview;
  numberOf(riskId: string): number | undefined;
  saving: boolean;
  onSave(): void;
  onCancel(): void;
}

function PlacedBadge({ placed }: { placed: Placed }) {
  const { t } = useTranslation();
  const where = `${placed.assessment.likelihood}×${placed.assessment.consequence}`;
  if (!placed.color || !placed.levelName) {
    return <span className="risk-badge risk-badge--none">{`${t('riskMatrix.preview.outside')} (${where})`}</span>;
  }
  return (
    <span className="risk-badge" style={{ background: placed.color, color: textColorOn(placed.color) }}>
      {`${placed.levelName} (${where})`}
    </span>
  );
}

/** What saving the new matrix does to each assessment, before anything is saved. */
export function ChangePreview({ preview, numberOf, saving, onSave, onCancel }: ChangePreviewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const affected = preview.changes.filter((change) => change.rescaled || change.levelChanged);

  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [preview]);

  return (
    <Panel className="panel--accent rm-preview" title={t('riskMatrix.preview.title')} headingRef={heading} headingTabIndex={-1}>
      <p className="rm-preview__message">{preview.message}</p>
      {affected.length > 0 ? (
        <table className="table table--plain rm-preview__table">
          <thead>
            <tr>
              <th scope="col">{t('riskMatrix.preview.risk')}</th>
              <th scope="col">{t('riskMatrix.preview.stage')}</th>
              <th scope="col">{t('riskMatrix.preview.before')}</th>
              <th scope="col">{t('riskMatrix.preview.after')}</th>
            </tr>
          </thead>
          <tbody>
            {affected.map((change) => (
              <tr key={`${change.riskId}-${change.stage}`} className={change.rescaled ? 'rm-preview__rescaled' : undefined}>
                <th scope="row">
                  <span className="rm-number" aria-hidden="true">
                    {numberOf(change.riskId)}
                  </span>{' '}
                  {change.text}
                </th>
                <td>{t(`domain.stage.${change.stage}`)}</td>
                <td>
                  <PlacedBadge placed={change.before} />
                </td>
                <td>
                  <PlacedBadge placed={change.after} />
                  {change.rescaled ? <span className="rm-preview__note">{t('riskMatrix.preview.rescaled')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.summary.unchanged > 0 ? <p className="muted">{t('riskMatrix.preview.unchanged', { count: preview.summary.unchanged })}</p> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onSave} disabled={saving}>
          {saving ? t('common.saving') : t('riskMatrix.preview.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Panel>
  );
}
