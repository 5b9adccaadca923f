import type { ReportChannel, ReportKind } from '../shared/reports/kinds';
import { daysBetween } from '../shared/reports/elapsed';
import type { Repositories } from './repositories';

/** The demo plan's processes, by the names demo-content.ts gives them. */
const P = {
  intake: 'Förhandsbedömning',
  investigation: 'Utredning enligt 11 kap. 1 § SoL',
  violence: 'Våld i nära relation',
  care: 'Genomföra och följa upp heldygnsvård',
  complaints: 'Synpunkter och klagomål',
  lexSarah: 'Lex Sarah',
} as const;

interface DemoReport {
  kind: ReportKind;
  category: string;
  process: string | null;
  areas?: string[];
  channel?: ReportChannel;
  /** A sender who gave contact details gets återkoppling; anonymous ones do not. */
  anonymous?: boolean;
  subject: string;
  description: string;
  findings: string;
  cause: string;
  conclusion: string;
  /** Days from the report to the finished utredning. */
  days: number;
  /** The days of the year (MM-DD) a report like this came in, per year. */
  dates: Partial<Record<2025 | 2026, string[]>>;
  serious?: boolean;
  /** The report bears out this risk of the plan (the first risk of its process) or reveals a new one. */
  risk?: 'existing' | { text: string };
  action?: { text: string; owner: string; done: boolean };
}

const SAFETY = 'Trygghet och säkerhet';
const WHOLE = 'Helhetssyn och samordning';
const ACCESS = 'Tillgänglighet';
const SELF = 'Självbestämmande och integritet';
const KNOWLEDGE = 'Kunskapsbaserad verksamhet';

/** Written for the demo: a unit's ordinary year of reports, a little fewer about documentation in 2026. */
const REPORTS: DemoReport[] = [
  {
    kind: 'avvikelse', category: 'Dokumentation', process: P.investigation, areas: [KNOWLEDGE],
    subject: 'Utredningsplan saknades', description: 'Vid ärendedragningen kom det fram att utredningen pågått i tre veckor utan utredningsplan.',
    findings: 'Handläggaren var ny och hade inte fått mallen.', cause: 'Introduktionen saknar momentet om utredningsplan.', conclusion: 'Introduktionen kompletteras; gruppledaren följer upp vid nästa ärendedragning.',
    days: 12, dates: { 2025: ['02-11', '05-06', '09-23', '11-04'], 2026: ['03-09', '10-13'] }, risk: 'existing',
  },
  {
    kind: 'avvikelse', category: 'Sekretess', process: P.intake, areas: [SELF],
    subject: 'Beslut skickat till fel vårdnadshavare', description: 'Ett beslut gick till den förälder som inte har del i vårdnaden. Det upptäcktes när mottagaren ringde.',
    findings: 'Adressen i verksamhetssystemet var inte uppdaterad efter vårdnadsöverflyttningen.', cause: 'Ingen kontroll av adressuppgifter innan utskick.', conclusion: 'Kontroll av mottagare läggs in i rutinen för utskick.',
    days: 9, dates: { 2025: ['03-18'], 2026: ['06-02'] },
    action: { text: 'Lägg in kontroll av mottagare i rutinen för utskick av beslut.', owner: 'Gruppledare mottagningen', done: true },
  },
  {
    kind: 'avvikelse', category: 'Handläggning', process: P.intake, areas: [SAFETY],
    subject: 'Förhandsbedömning längre än 14 dagar', description: 'En anmälan blev liggande under semesterveckorna och förhandsbedömningen tog 19 dagar.',
    findings: 'Bevakningen av nya anmälningar låg på en person som var ledig.', cause: 'Ingen ersättare utsedd för bevakningen.', conclusion: 'Ersättare utses i semesterschemat.',
    days: 20, dates: { 2025: ['07-14', '07-28'], 2026: ['07-20'] }, risk: 'existing',
  },
  {
    kind: 'avvikelse', category: 'Hot och våld', process: null, areas: [SAFETY],
    subject: 'Hotfull besökare i receptionen', description: 'En besökare höjde rösten och slog i disken. Larmet fungerade; polis behövde inte kallas.',
    findings: 'Personalen följde rutinen och ingen skadades.', cause: 'Besökaren hade väntat länge utan besked.', conclusion: 'Ingen ytterligare åtgärd; händelsen tas upp på arbetsplatsträffen.',
    days: 5, dates: { 2025: ['04-22'], 2026: ['02-17', '09-08'] },
  },
  {
    kind: 'avvikelse', category: 'Arbetsmiljö', process: null,
    subject: 'Hög arbetsbelastning i utredningsgruppen', description: 'Två tjänster är vakanta och varje socialsekreterare har fler ärenden än överenskommet.',
    findings: 'Ärendemängden per handläggare är 30 procent över riktvärdet.', cause: 'Vakanser och sjukskrivningar samtidigt.', conclusion: 'Förstärkning med konsult under hösten; rekrytering pågår.',
    days: 25, dates: { 2025: ['09-02'] },
  },
  {
    kind: 'avvikelse', category: 'Samverkan', process: P.care, areas: [WHOLE],
    subject: 'Skolan fick inte veta om placeringen', description: 'Barnets nya skola fick besked först efter två veckor, så stödet i skolan dröjde.',
    findings: 'Ingen hade ansvar för att kontakta skolan.', cause: 'Samverkansrutinen med skolan nämner inte placeringar.', conclusion: 'Samverkansrutinen kompletteras.',
    days: 14, dates: { 2025: ['10-07'], 2026: ['04-14'] },
  },
  {
    kind: 'avvikelse', category: 'Dokumentation', process: P.care, areas: [KNOWLEDGE],
    subject: 'Genomförandeplanen var inte uppdaterad', description: 'Vid uppföljningen av en placering var genomförandeplanen ett år gammal.',
    findings: 'Planen hade inte reviderats vid byte av familjehem.', cause: 'Revidering ingår inte i checklistan vid byte.', conclusion: 'Checklistan vid byte av familjehem kompletteras.',
    days: 16, dates: { 2025: ['01-20', '06-16'], 2026: ['05-11'] }, risk: 'existing',
  },
  {
    kind: 'avvikelse', category: 'Handläggning', process: P.violence, areas: [SAFETY],
    subject: 'Frågan om våld ställdes inte', description: 'I ett ärende med oro för våld fanns ingen anteckning om att frågan ställts till den utsatta föräldern.',
    findings: 'Frågan hade ställts men inte dokumenterats.', cause: 'Ingen rubrik för våldsfrågan i journalmallen.', conclusion: 'Rubrik för våldsfrågan läggs till i journalmallen.',
    days: 10, dates: { 2026: ['08-24'] }, risk: 'existing',
  },
  {
    kind: 'klagomal', category: 'Bemötande', process: P.investigation, areas: [SELF], channel: 'telefon',
    subject: 'Vårdnadshavare upplevde sig inte lyssnad på', description: 'En förälder ringde och sa att handläggaren avbröt och inte lät henne berätta om sin syn på situationen.',
    findings: 'Samtalet hölls i tidspress inför ett möte.', cause: 'För kort tid avsatt för samtalet.', conclusion: 'Nytt samtal erbjöds; gruppen diskuterar bemötande vid nästa handledning.',
    days: 11, dates: { 2025: ['03-03', '10-20'], 2026: ['01-26'] },
  },
  {
    kind: 'klagomal', category: 'Handläggningstid', process: P.intake, areas: [ACCESS], channel: 'e_tjanst',
    subject: 'Väntade länge på besked om anmälan', description: 'En anmälare från förskolan fick inget besked om att anmälan tagits emot.',
    findings: 'Mottagningsbekräftelse skickas bara till privatpersoner.', cause: 'Rutinen skiljer inte på anmälare.', conclusion: 'Alla anmälare får mottagningsbekräftelse.',
    days: 8, dates: { 2025: ['05-19'], 2026: ['03-30', '11-02'] },
  },
  {
    kind: 'klagomal', category: 'Information och tillgänglighet', process: P.complaints, areas: [ACCESS], channel: 'blankett', anonymous: true,
    subject: 'Svårt att nå handläggaren', description: 'Lämnat på blanketten i väntrummet: telefontiden räcker inte och ingen ringer tillbaka.',
    findings: 'Telefontiden är en timme per dag; återuppringning dokumenteras inte.', cause: 'Ingen rutin för återuppringning.', conclusion: 'Återuppringning inom två arbetsdagar införs.',
    days: 18, dates: { 2026: ['02-09', '05-25'] }, risk: { text: 'Vårdnadshavare når inte sin handläggare, så att frågor och oro blir liggande.' },
  },
  {
    kind: 'klagomal', category: 'Beslut och insatser', process: P.care, areas: [WHOLE], channel: 'brev_epost',
    subject: 'Placeringen ligger långt från skolan', description: 'En vårdnadshavare skrev att barnets resväg till skolan blivit över en timme.',
    findings: 'Inget familjehem närmare fanns ledigt vid placeringen.', cause: 'Brist på familjehem i kommunen.', conclusion: 'Skolskjuts ordnad; rekrytering av familjehem prioriteras.',
    days: 21, dates: { 2025: ['08-25'] },
  },
  {
    kind: 'synpunkt', category: 'Förslag på förbättring', process: P.complaints, areas: [ACCESS], channel: 'blankett', anonymous: true,
    subject: 'Information på fler språk', description: 'Förslag om att broschyren om hur en utredning går till ska finnas på arabiska och somaliska.',
    findings: '', cause: '', conclusion: 'Broschyren översätts under året.', days: 20, dates: { 2025: ['04-08'], 2026: ['09-15'] },
  },
  {
    kind: 'synpunkt', category: 'Beröm', process: P.intake, channel: 'muntligt',
    subject: 'Tack till mottagningen', description: 'En förälder ville tacka för att mottagningen tog sig tid och förklarade vad som skulle hända.',
    findings: '', cause: '', conclusion: 'Berömmet förmedlat till gruppen.', days: 3, dates: { 2025: ['06-10'], 2026: ['04-28', '10-27'] },
  },
  {
    kind: 'synpunkt', category: 'Information och tillgänglighet', process: null, channel: 'e_tjanst', anonymous: true,
    subject: 'Väntrummet saknar lekhörna', description: 'Barn som följer med till besök har inget att göra medan de väntar.',
    findings: '', cause: '', conclusion: 'En lekhörna ordnas i väntrummet.', days: 30, dates: { 2025: ['11-17'] },
  },
  {
    kind: 'lex_sarah', category: 'Missförhållande', process: P.care, areas: [SAFETY],
    subject: 'Placerat barn utan uppföljning i fyra månader', description: 'Ett familjehemsplacerat barn hade inte besökts av socialsekreteraren på fyra månader.',
    findings: 'Ärendet hade bytt handläggare två gånger och uppföljningen föll mellan stolarna.', cause: 'Ingen samlad bevakning av uppföljningar.', conclusion: 'Missförhållandet bedöms som allvarligt och anmäls till IVO.',
    days: 6, dates: { 2025: ['05-12'] }, serious: true, risk: 'existing',
    action: { text: 'Månadsvis lista över placeringar som ska följas upp, genomgången i ledningsgruppen.', owner: 'Enhetschef', done: true },
  },
  {
    kind: 'lex_sarah', category: 'Påtaglig risk för missförhållande', process: P.intake, areas: [SAFETY],
    subject: 'En anmälan om oro registrerades inte', description: 'En anmälan som kom med post låg i fem dagar innan den registrerades.',
    findings: 'Posten öppnades inte under en sjukdag.', cause: 'Ingen ersättare för posthanteringen.', conclusion: 'Risken har undanröjts med ersättare för posten; inte allvarlig, ingen anmälan till IVO.',
    days: 5, dates: { 2026: ['03-16'] }, serious: false,
  },
  {
    kind: 'lex_sarah', category: 'Missförhållande', process: P.investigation, areas: [SAFETY],
    subject: 'Barnsamtal hölls inte trots beslut', description: 'I en utredning beslutades om barnsamtal som aldrig blev av innan utredningen avslutades.',
    findings: 'Utredningen pågår.', cause: '', conclusion: '', days: 7, dates: { 2026: ['11-30'] },
  },
  {
    kind: 'tillsyn', category: 'Inspektion', process: P.investigation, areas: [KNOWLEDGE],
    subject: 'IVO:s inspektion av barnutredningar', description: 'IVO fann att flera utredningar överskred fyra månader utan beslut om förlängning.',
    findings: 'Sju av tjugo granskade utredningar saknade beslut om förlängning.', cause: 'Ingen bevakning av utredningstiden.', conclusion: 'Bevakning av utredningstid införs och redovisas till IVO.',
    days: 30, dates: { 2025: ['09-15'] },
    action: { text: 'Veckovis genomgång av utredningstider i verksamhetssystemet.', owner: 'Gruppledare utredning', done: true },
  },
  {
    kind: 'tillsyn', category: 'Klagomålsärende', process: P.care,
    subject: 'IVO begär yttrande efter klagomål', description: 'IVO har tagit emot ett klagomål på en placering och begär enhetens yttrande.',
    findings: '', cause: '', conclusion: '', days: 60, dates: { 2026: ['10-05'] },
  },
];

/** The first report that reveals the risk adds it to a draft plan; later ones point at it. */
function revealRisk(repos: Repositories, reportId: string, processId: string, text: string, actor: string, today: string): void {
  const plan = repos.planDetail(repos.planIdOf.process(processId));
  const known = plan.processes.find((process) => process.id === processId)?.risks.find((risk) => risk.text === text);
  if (known) repos.reports.linkRisk(reportId, known.id, true, today);
  else if (plan.status === 'draft') repos.reports.addRisk(reportId, { processId, text, qualityAreaIds: [] }, actor, today);
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Two years of reports for the demo unit: every kind, tied to the plan's processes, some
 * with the plan's actions and risks, one lex Sarah reported to IVO. A report is handled as
 * far as the time since it came in allows; none is dated after `today`.
 */
export function addDemoReports(repos: Repositories, planId: string, year: number, today: string, actor: string): number {
  if (repos.reports.list(planId).length > 0) return 0;
  const plan = repos.planDetail(planId);
  const categories = repos.reports.categories.list(plan.unitId);
  const processOf = (name: string | null) => plan.processes.find((process) => process.name === name) ?? null;
  // In the order they came in, so the running case references follow the calendar.
  const arrivals = REPORTS.flatMap((demo) => (demo.dates[year as 2025 | 2026] ?? []).map((day) => ({ demo, receivedOn: `${year}-${day}` })))
    .filter(({ receivedOn }) => receivedOn <= today)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  let added = 0;
  for (const { demo, receivedOn } of arrivals) {
    const process = processOf(demo.process);
    const report = repos.reports.create(
      planId,
      {
        receivedOn,
        kind: demo.kind,
        categoryId: categories.find((category) => category.kind === demo.kind && category.name === demo.category)?.id ?? null,
        channel: demo.channel ?? null,
        anonymous: demo.anonymous ?? false,
        caseRef: demo.kind === 'tillsyn' ? '' : `${year}-${String(added + 1).padStart(3, '0')}`,
        subject: demo.subject,
        description: demo.description,
        processId: process?.id ?? null,
        qualityAreaIds: (demo.areas ?? []).flatMap((name) => plan.qualityAreas.filter((area) => area.name === name).map((area) => area.id)),
      },
      actor,
      today,
    );
    added++;
    const elapsed = daysBetween(receivedOn, today);
    if (elapsed < 2) continue;
    repos.reports.setStatus(report.id, 'under_utredning', addDays(receivedOn, 1));
    const investigatedOn = addDays(receivedOn, demo.days);
    if (investigatedOn > today || !demo.conclusion) continue;
    const serious = demo.kind === 'lex_sarah' ? (demo.serious ?? false) : null;
    repos.reports.update(
      report.id,
      {
        findings: demo.findings,
        cause: demo.cause,
        conclusion: demo.conclusion,
        investigatedBy: 'Enhetschef',
        investigatedOn,
        ...(serious === null ? {} : { serious }),
        ...(serious ? { ivoReportedOn: addDays(investigatedOn, 1), ivoReference: `3.5.1-${1000 + added}/${year}` } : {}),
        ...(demo.kind === 'tillsyn' ? { ivoReference: `8.1-${2000 + added}/${year}` } : {}),
        ...((demo.kind === 'klagomal' || demo.kind === 'synpunkt') && !demo.anonymous ? { feedbackOn: addDays(receivedOn, Math.min(demo.days, 12)), feedbackHow: 'Telefonsamtal' } : {}),
      },
      today,
    );
    if (demo.risk && process) {
      if (demo.risk === 'existing' && process.risks[0]) repos.reports.linkRisk(report.id, process.risks[0].id, true, today);
      else if (demo.risk !== 'existing') revealRisk(repos, report.id, process.id, demo.risk.text, actor, today);
    }
    if (demo.action && (process?.risks[0] || demo.risk)) {
      const riskId = repos.reports.get(report.id, today).risks[0]?.id ?? process?.risks[0]?.id;
      repos.reports.addAction(report.id, { riskId, text: demo.action.text, owner: demo.action.owner, dueDate: addDays(investigatedOn, 30), status: demo.action.done ? 'done' : 'in_progress' }, actor, today);
    }
    repos.reports.setStatus(report.id, 'atgardad', investigatedOn);
    const closedOn = addDays(investigatedOn, 7);
    if (closedOn <= today) repos.reports.setStatus(report.id, 'avslutad', closedOn);
  }
  return added;
}
