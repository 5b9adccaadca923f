import { Fragment, useId } from 'react';
import type { ScaleLevel } from '../../../../shared/risk-matrix/matrix';

interface ScaleHeaderProps {
  axis: 'likelihood' | 'consequence';
  position: number;
  level: ScaleLevel | undefined;
}

/** A level's label (allowed to wrap after a slash, as in "Försumbar/Lindrig") as a row or column header; its description is the tooltip and the header's description. */
export function ScaleHeader({ axis, position, level }: ScaleHeaderProps) {
  const descriptionId = useId();
  const description = level?.description.trim() ?? '';
  const label = level?.label ?? String(position);
  const common = {
    title: description || undefined,
    'aria-label': label,
    'aria-describedby': description ? descriptionId : undefined,
  };
  const content = (
    <>
      <span className="rm-scale__label">
        {label.split('/').map((part, index) => (
          <Fragment key={index}>
            {index > 0 ? (
              <>
                /<wbr />
              </>
            ) : null}
            {part}
          </Fragment>
        ))}
      </span>
      {description ? (
        <span id={descriptionId} hidden>
          {description}
        </span>
      ) : null}
    </>
  );
  return axis === 'likelihood' ? (
    <th role="rowheader" scope="row" className="rm-grid__row-header" {...common}>
      {content}
    </th>
  ) : (
    <th role="columnheader" scope="col" className="rm-grid__column-header" {...common}>
      {content}
    </th>
  );
}
