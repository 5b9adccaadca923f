import type { MessageGroup } from './types';

export const comparisonMessages = {
  yearbookNoFolder: {
    sv: 'Välj först den gemensamma mappen under Export och import; kvalitetsbokslutet sparas där.',
    en: 'First choose the shared folder under Export and import; the yearbook is saved there.',
  },
  yearbookNoUnits: {
    sv: 'Det finns inga enheter med en plan för {{year}} att sammanställa. Importera enheternas årspaket först.',
    en: 'There are no units with a plan for {{year}} to compile. Import the units’ year bundles first.',
  },
} as const satisfies MessageGroup;
