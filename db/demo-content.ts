import type { PlanContent } from '../shared/domain/plan-content';
import { newPlanContent } from '../shared/domain/new-plan';

const a = (likelihood: number, consequence: number) => ({ likelihood, consequence });

const share = (definition: string, method: 'checklist' | 'file_audit' | 'case_system_report', frequency: 'monthly' | 'quarterly' | 'yearly', target: number, occasion: string) => ({
  definition,
  method,
  methodDescription: '',
  responsible: 'Gruppledare med stöd av kvalitetsutvecklare',
  occasion,
  frequency,
  measureKind: 'share' as const,
  targetValue: target,
  targetUnit: '%',
  targetDirection: 'at_least' as const,
  tolerance: 0,
});

/**
 * The example unit's 2025 plan: a child and youth investigation unit, written from the
 * kinds of processes, risks and controls the source plans describe.
 */
export function demoPlanContent(): PlanContent {
  return {
    ...newPlanContent(),
    meta: { diarienummer: 'SN 2025/38', adoptedOn: '2025-01-29', decisionBody: 'Socialnämnden', processOwner: 'Enhetschef, utredning barn och unga' },
    improvementAreas: [
      'Barn ska vara mer delaktiga i sina utredningar och planer.',
      'Handläggningen ska vara likvärdig oavsett vilken socialsekreterare som har ärendet.',
      'Placerade barns genomförandeplaner ska följas upp i tid.',
    ],
    processes: [
      {
        name: 'Förhandsbedömning',
        group: 'main',
        responsibleTeam: 'Mottagning och förenklad utredning',
        risks: [
          {
            text: 'Förhandsbedömningen dröjer mer än 14 dagar, så att ett barn som behöver skydd får vänta.',
            owner: 'Gruppledare mottagningen',
            qualityAreas: ['Trygghet och säkerhet', 'Tillgänglighet'],
            inherent: a(3, 3),
            residual: a(2, 3),
            controls: [
              share('Andel förhandsbedömningar som blir klara inom 14 dagar', 'checklist', 'monthly', 100, 'Vid ärendedragning i mottagningsgruppen'),
              {
                ...share('Antal dagar från ansökan eller anmälan till inledd utredning (median)', 'checklist', 'quarterly', 14, 'Vid ärendedragning'),
                measureKind: 'number',
                targetUnit: 'dagar',
              },
            ],
            actions: [{ text: 'Gå igenom nya anmälningar varje vecka i mottagningsgruppen.', owner: 'Gruppledare mottagningen', dueDate: '2025-03-31', status: 'done', followUp: 'Införd från mars.' }],
          },
        ],
      },
      {
        name: 'Utredning enligt 11 kap. 1 § SoL',
        group: 'main',
        responsibleTeam: 'Utredning och uppföljning 0–18 år',
        risks: [
          {
            text: 'Barnets egen berättelse kommer inte fram i utredningen.',
            owner: 'Enhetschef',
            qualityAreas: ['Självbestämmande och integritet', 'Kunskapsbaserad verksamhet'],
            inherent: a(3, 4),
            residual: a(2, 3),
            controls: [share('Andel genomgångna utredningar där samtal med barnet har hållits', 'checklist', 'monthly', 90, 'Vid ärendedragning')],
            actions: [{ text: 'Utbilda nya socialsekreterare i samtal med barn.', owner: 'Enhetschef', dueDate: '2025-10-31', status: 'in_progress', followUp: 'Första tillfället hölls i maj.' }],
          },
          {
            text: 'Utredningen saknar utredningsplan, så att barn och vårdnadshavare inte vet vad som ska utredas.',
            owner: 'Gruppledare utredning',
            qualityAreas: ['Kunskapsbaserad verksamhet'],
            inherent: a(2, 3),
            residual: a(2, 2),
            controls: [share('Andel genomgångna ärenden som har en utredningsplan', 'checklist', 'quarterly', 100, 'Vid ärendedragning')],
            actions: [],
          },
        ],
      },
      {
        name: 'Våld i nära relation',
        group: 'main',
        responsibleTeam: 'Utredning och uppföljning 0–18 år',
        risks: [
          {
            text: 'Ingen frågar om våld, så att våldsutsatthet inte upptäcks och barnet lever kvar i en farlig situation.',
            owner: 'Gruppledare utredning',
            qualityAreas: ['Trygghet och säkerhet'],
            inherent: a(3, 4),
            residual: a(2, 4),
            controls: [share('Andel genomgångna ärenden där frågan om våld har ställts', 'checklist', 'monthly', 100, 'Vid ärendedragning')],
            actions: [{ text: 'Lyft frågan om våld vid varje ärendedragning.', owner: 'Gruppledare utredning', dueDate: '2025-12-31', status: 'in_progress', followUp: '' }],
          },
        ],
      },
      {
        name: 'Genomföra och följa upp heldygnsvård',
        group: 'main',
        responsibleTeam: 'Utredning och uppföljning 0–18 år',
        risks: [
          {
            text: 'Placerade barn saknar en aktuell genomförandeplan, så att insatsen inte följs upp.',
            owner: 'Enhetschef',
            qualityAreas: ['Helhetssyn och samordning'],
            inherent: a(3, 3),
            residual: null,
            controls: [share('Andel placerade barn med aktuell genomförandeplan', 'file_audit', 'yearly', 100, 'Aktgranskning i oktober')],
            actions: [{ text: 'Inför en påminnelse i verksamhetssystemet inför varje uppföljning.', owner: 'Systemförvaltare', dueDate: '2025-06-30', status: 'cancelled', followUp: 'Funktionen finns inte i systemet; ersätts av månadslista.' }],
          },
        ],
      },
      {
        name: 'Synpunkter och klagomål',
        group: 'support',
        responsibleTeam: 'Enhetens ledning',
        risks: [
          {
            text: 'Synpunkter och klagomål används inte för att förbättra arbetet.',
            owner: 'Enhetschef',
            qualityAreas: ['Kunskapsbaserad verksamhet'],
            inherent: a(2, 2),
            residual: a(1, 2),
            controls: [
              { definition: 'Antal synpunkter och klagomål som analyserats på analysdag', method: 'count', methodDescription: 'Sammanställning från diariet', responsible: 'Enhetschef', occasion: 'Varje tertial', frequency: 'tertial', measureKind: 'count', targetValue: null, targetUnit: 'st', targetDirection: 'at_least', tolerance: 0 },
            ],
            actions: [],
          },
        ],
      },
      {
        name: 'Lex Sarah',
        group: 'support',
        responsibleTeam: 'Enhetens ledning',
        risks: [
          {
            text: 'Missförhållanden och risker för missförhållanden rapporteras inte.',
            owner: 'Enhetschef',
            qualityAreas: ['Trygghet och säkerhet'],
            inherent: a(2, 4),
            residual: a(1, 4),
            controls: [
              { definition: 'Antal lex Sarah-rapporter under året', method: 'count', methodDescription: '', responsible: 'Enhetschef', occasion: 'December', frequency: 'yearly', measureKind: 'count', targetValue: null, targetUnit: 'st', targetDirection: 'at_least', tolerance: 0 },
            ],
            actions: [{ text: 'Gå igenom rutinen för lex Sarah på en arbetsplatsträff.', owner: 'Enhetschef', dueDate: '2025-04-30', status: 'not_started', followUp: '' }],
          },
        ],
      },
    ],
  };
}
