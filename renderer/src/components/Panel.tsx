import { useId, type ReactNode, type Ref } from 'react';

interface PanelProps {
  title: ReactNode;
  /** The screen's own classes beside the panel's: a modifier (panel--accent) or a layout hook. */
  className?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** -1 when the heading takes the focus after a change, as a place to land. */
  headingTabIndex?: -1;
  children?: ReactNode;
}

/** A section of a screen in a card, named by its heading, so a screen reader lists it as a region. */
export function Panel({ title, className, headingRef, headingTabIndex, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={headingTabIndex} className="panel__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
