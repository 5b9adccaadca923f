import { Section, type SectionProps } from './Section';

/** A section of a screen in a card; className adds a modifier (panel--accent) or the screen's own layout hook. */
export function Panel({ className, ...props }: Omit<SectionProps, 'titleClassName' | 'level'>) {
  return <Section {...props} className={className ? `panel ${className}` : 'panel'} titleClassName="panel__title" />;
}
