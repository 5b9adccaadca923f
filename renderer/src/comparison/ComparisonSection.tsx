import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  lead?: string;
  children: ReactNode;
}

/** One part of the comparison: a heading, what it shows in a sentence, and its table. */
export function ComparisonSection({ title, lead, children }: Props) {
  const headingId = useId();
  return (
    <section className="cmp-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {title}
      </h2>
      {lead ? <p className="cmp-lead">{lead}</p> : null}
      {children}
    </section>
  );
}
