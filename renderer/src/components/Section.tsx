import { useId, type ReactNode, type Ref } from 'react';

export interface SectionProps {
  title: ReactNode;
  className?: string;
  titleClassName?: string;
  /** The heading level that fits where the section stands in the screen's outline. */
  level?: 2 | 3 | 4;
  headingRef?: Ref<HTMLHeadingElement>;
  /** -1 when the heading takes the focus after a change, as a place to land. */
  headingTabIndex?: -1;
  children?: ReactNode;
}

/** A part of a screen named by its heading, so a screen reader lists it as a region and can jump to it. */
export function Section({ title, className, titleClassName, level = 2, headingRef, headingTabIndex, children }: SectionProps) {
  const headingId = useId();
  const Heading = `h${level}` as const;
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={headingTabIndex} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
