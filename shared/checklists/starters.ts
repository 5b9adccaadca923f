import { z } from 'zod';
import { TemplateContent, type TemplateContentInput } from './template';

export const StarterKey = z.enum(['case_review', 'initial_assessment', 'closed_investigation']);
export type StarterKey = z.infer<typeof StarterKey>;

const yesNo = (text: string, deviationText: string, help = '') =>
  ({ kind: 'yes_no_na', text, help, deviationText, aggregation: 'share_yes' }) as const;

/**
 * Checklists to start from, written from the kinds of controls the source plans describe.
 * Each item suggests how it is counted; which control it feeds is chosen by the user.
 */
const STARTERS: Record<StarterKey, TemplateContentInput> = {
  case_review: {
    name: 'Ärendedragning – pågående utredning',
    purpose:
      'Stöd för gruppledaren vid ärendedragning: att utredningen har en plan, att barnet kommer till tals och att frågan om våld ställs.',
    items: [
      yesNo(
        'Har frågan om våld ställts?',
        'där frågan om våld inte har ställts',
        'Till vårdnadshavare och, när det går, till barnet. Ej aktuellt bara när skälet att inte fråga finns dokumenterat.',
      ),
      yesNo('Finns en utredningsplan?', 'saknar utredningsplan'),
      yesNo('Har samtal med barnet hållits eller bokats?', 'saknar hållet eller bokat barnsamtal'),
      { kind: 'number', text: 'Hur många samtal har hållits med barnet hittills?', unit: 'samtal', min: 0, max: 50, aggregation: 'sum' },
      {
        kind: 'number',
        text: 'Hur många dagar gick det från ansökan eller anmälan till inledd utredning?',
        unit: 'dagar',
        min: 0,
        max: 365,
        aggregation: 'median',
      },
    ],
  },
  initial_assessment: {
    name: 'Mottagning – förhandsbedömning',
    purpose: 'Följer upp att förhandsbedömningen blir klar inom 14 dagar och vad den leder till.',
    items: [
      {
        kind: 'number',
        text: 'Hur många dagar tog förhandsbedömningen, från anmälan till beslut?',
        unit: 'dagar',
        min: 0,
        max: 365,
        aggregation: 'share_within',
        limitValue: 14,
        deviationText: 'tog mer än 14 dagar att förhandsbedöma',
      },
      {
        kind: 'single_choice',
        text: 'Vad blev beslutet?',
        choices: ['Utredning inleds', 'Utredning inleds inte', 'Överlämnas till annan kommun'],
      },
    ],
  },
  closed_investigation: {
    name: 'Avslutad utredning',
    purpose: 'Granskning när en utredning har avslutats: barnets perspektiv, planen för insatsen och vilka som lämnat uppgifter.',
    items: [
      yesNo('Har barnets perspektiv beaktats i utredningen och beslutet?', 'där barnets perspektiv inte har beaktats'),
      yesNo('Finns en genomförandeplan för insatsen?', 'saknar genomförandeplan', 'Ej aktuellt när ingen insats beviljades.'),
      { kind: 'date', text: 'När avslutades utredningen?' },
      {
        kind: 'multiple_choice',
        text: 'Vilka har lämnat uppgifter till utredningen?',
        choices: ['Barnet', 'Vårdnadshavare', 'Skola eller förskola', 'Hälso- och sjukvård', 'Polis', 'Andra'],
      },
      { kind: 'short_text', text: 'Kort notering', help: 'Skriv inga namn eller personnummer.' },
    ],
  },
};

export const STARTER_KEYS = StarterKey.options;

/** A starter as the content of a new template. */
export function starterContent(key: StarterKey): TemplateContent {
  return TemplateContent.parse(STARTERS[key]);
}

export function starterTemplates(): Array<TemplateContent & { key: StarterKey }> {
  return STARTER_KEYS.map((key) => ({ key, ...starterContent(key) }));
}
