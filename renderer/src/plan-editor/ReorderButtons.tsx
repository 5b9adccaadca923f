import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ReorderButtonsProps {
  index: number;
  count: number;
  upLabel: string;
  downLabel: string;
  onMove(toIndex: number): Promise<unknown>;
}

/**
 * Up and down for keyboard and mouse alike. The moved item stays where the focus is:
 * after the move the same button keeps it, or its partner when the item reached an end.
 */
export function ReorderButtons({ index, count, upLabel, downLabel, onMove }: ReorderButtonsProps) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  if (count < 2) return null;

  async function move(direction: -1 | 1) {
    const toIndex = index + direction;
    await onMove(toIndex);
    const atEnd = direction === -1 ? toIndex === 0 : toIndex === count - 1;
    const keep = direction === -1 ? (atEnd ? down : up) : atEnd ? up : down;
    requestAnimationFrame(() => keep.current?.focus());
  }

  return (
    <span className="pe-reorder">
      <button
        type="button"
        ref={up}
        className="button button--small button--quiet pe-icon-button"
        aria-label={upLabel}
        title={t('planEditor.common.moveUp')}
        disabled={index === 0}
        onClick={() => void move(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        ref={down}
        className="button button--small button--quiet pe-icon-button"
        aria-label={downLabel}
        title={t('planEditor.common.moveDown')}
        disabled={index === count - 1}
        onClick={() => void move(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </span>
  );
}
