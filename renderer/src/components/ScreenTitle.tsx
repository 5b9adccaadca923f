import type { ReactNode } from 'react';

interface ScreenTitleProps {
  children: ReactNode;
  lead?: ReactNode;
  badge?: ReactNode;
}

/** Each screen's h1: focusable from script, so moving between sections moves the screen reader too. */
export function ScreenTitle({ children, lead, badge }: ScreenTitleProps) {
  return (
    <div className="screen-title">
      <div className="screen-title__row">
        <h1 tabIndex={-1}>{children}</h1>
        {badge}
      </div>
      {lead ? <p className="screen-title__lead">{lead}</p> : null}
    </div>
  );
}
