import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortLabel } from '../../format';
import { useReturnFocus } from '../../hooks/useReturnFocus';

interface PartListProps {
  /** Which part of the risk: its texts come from planEditor.<part>. */
  part: 'actions' | 'controls';
  riskText: string;
  canEdit: boolean;
  count: number;
  /** The items; each calls onDeleted when it is gone, and the focus moves to this list's heading. */
  children(onDeleted: () => void): ReactNode;
  renderForm(close: () => void): ReactNode;
}

/** A risk's controls or actions: a small heading, the items, and a form to add one. */
export function PartList({ part, riskText, canEdit, count, children, renderForm }: PartListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [adding, setAdding] = useState(false);
  const addButton = useReturnFocus<HTMLButtonElement>(adding);
  // A counter, not a ref call, so the items' callback never touches the ref while rendering.
  const [deletions, setDeletions] = useState(0);
  const focusHeading = () => setDeletions((count) => count + 1);

  useEffect(() => {
    if (deletions > 0) heading.current?.focus();
  }, [deletions]);

  return (
    <section className="pe-parts" aria-labelledby={headingId}>
      <h5 id={headingId} ref={heading} tabIndex={-1} className="pe-parts__title">
        {t(`planEditor.${part}.title`)}
      </h5>
      {count === 0 && !adding ? <p className="pe-parts__empty">{t(`planEditor.${part}.empty`)}</p> : null}
      {count > 0 ? <ul className="pe-parts__list">{children(focusHeading)}</ul> : null}
      {adding ? renderForm(() => setAdding(false)) : null}
      {canEdit && !adding ? (
        <button type="button" ref={addButton} className="button button--small pe-add" aria-label={t(`planEditor.${part}.addAria`, { text: shortLabel(riskText) })} onClick={() => setAdding(true)}>
          <span aria-hidden="true">+</span>
          {t(`planEditor.${part}.add`)}
        </button>
      ) : null}
    </section>
  );
}
