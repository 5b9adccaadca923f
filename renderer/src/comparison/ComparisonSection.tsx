import { type ReactNode } from 'react';
import { Section } from '../components/Section';

interface Props {
  title: string;
  lead?: string;
  children: ReactNode;
}

/** One part of the comparison: a heading, what it shows in a sentence, and its table. */
export function ComparisonSection({ title, lead, children }: Props) {
  return (
    <Section className="cmp-section" titleClassName="section-title" title={title}>
      {lead ? <p className="cmp-lead">{lead}</p> : null}
      {children}
    </Section>
  );
}
