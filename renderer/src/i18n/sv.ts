import { checklistsSv } from './checklists.sv';
import { domainSv } from './domain.sv';
import { planEditorSv } from './plan-editor.sv';
import { resultsSv } from './results.sv';
import { riskMatrixSv } from './risk-matrix.sv';
import type { Widen } from './widen';

/** Swedish is the source language: every other language must have exactly these keys. */
export const sv = {
  riskLevel: { notAssessed: 'ej bedömd' },
  domain: domainSv,
  planEditor: planEditorSv,
  riskMatrix: riskMatrixSv,
  checklistScreens: checklistsSv,
  resultScreens: resultsSv,
  app: {
    name: 'Kvalitetshjulet',
    tagline: 'Systematiskt kvalitetsarbete',
  },
  common: {
    save: 'Spara',
    saving: 'Sparar …',
    cancel: 'Avbryt',
    retry: 'Försök igen',
    loading: 'Hämtar enheter och planer …',
    loadFailed: 'Enheterna och planerna kunde inte hämtas.',
    skipToContent: 'Hoppa till innehållet',
  },
  header: {
    currentPlan: 'Aktuell plan',
    noPlan: 'Ingen plan vald',
    language: 'Språk',
  },
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  nav: {
    label: 'Avsnitt',
    overview: 'Översikt',
    qualityPlan: 'Kvalitetsplan',
    riskMatrix: 'Riskmatris',
    checklists: 'Checklistor',
    results: 'Resultat',
    export: 'Export',
    later: 'kommer senare',
    version: 'Version {{version}}',
    webHarness: 'Webbläge för utveckling och test',
  },
  overview: {
    title: 'Översikt',
    lead: 'Här ser du vilken kvalitetsplan du arbetar med och vilka enheter och planer som finns.',
    currentTitle: 'Aktuell kvalitetsplan',
    unit: 'Enhet',
    year: 'År',
    created: 'Upplagd',
    changePlan: 'Byt plan under Kvalitetsplan',
    noPlanChosen: 'Du har inte valt någon kvalitetsplan att arbeta med ännu.',
    choosePlan: 'Välj eller skapa en plan under Kvalitetsplan',
    noUnits: 'Det finns inga enheter ännu. Börja med att lägga upp din enhet och årets kvalitetsplan.',
    startHere: 'Lägg upp en enhet under Kvalitetsplan',
    unitsTitle: 'Enheter och planer',
    unitColumn: 'Enhet',
    plansColumn: 'Kvalitetsplaner',
    noPlansYet: 'Ingen plan ännu',
    cycleTitle: 'Året i kvalitetshjulet',
    cyclePlan: 'Planera: skriv kvalitetsplanen och bedöm riskerna.',
    cycleDo: 'Genomföra: gör egenkontrollerna, till exempel checklistor vid ärendedragning.',
    cycleCheck: 'Följa upp: jämför resultaten med målvärdena och analysera dem.',
    cycleAct: 'Förbättra: besluta om åtgärder och sammanfatta året i kvalitetsberättelsen.',
  },
  qualityPlan: {
    title: 'Kvalitetsplan',
    lead: 'Varje enhet har en kvalitetsplan per år. Här lägger du upp enheter och deras planer och väljer vilken plan du arbetar med.',
    contentLater:
      'Planens innehåll – processer, risker, egenkontroller och åtgärder – kommer att kunna fyllas i här i en senare version.',
    unitsTitle: 'Enheter',
    noUnits: 'Det finns inga enheter ännu. Lägg upp den första enheten med formuläret ovan.',
  },
  userName: {
    title: 'Ditt namn',
    intro:
      'Planerna sparar vem som har ändrat vad. Skriv ditt namn eller dina initialer en gång, så står de vid dina ändringar från den här datorn.',
    label: 'Ditt namn eller dina initialer',
    save: 'Spara namnet',
    current: 'Dina ändringar i planerna sparas med namnet',
    change: 'Ändra',
    changeAria: 'Ändra ditt namn',
  },
  units: {
    newTitle: 'Ny enhet',
    nameLabel: 'Enhetens namn',
    nameHint: 'Till exempel ”Barn och unga – utredning, Norra stadsdelen”.',
    create: 'Skapa enhet',
    created: 'Enheten ”{{name}}” är upplagd. Skapa nu dess kvalitetsplan i listan nedan.',
    rename: 'Byt namn',
    renameAria: 'Byt namn på {{name}}',
    renameLabel: 'Nytt namn på enheten',
    plansCount_one: '{{count}} kvalitetsplan',
    plansCount_other: '{{count}} kvalitetsplaner',
    noPlans: 'Enheten har ingen kvalitetsplan ännu.',
  },
  plans: {
    new: 'Ny kvalitetsplan',
    newAria: 'Ny kvalitetsplan för {{name}}',
    formTitle: 'Ny kvalitetsplan för {{name}}',
    yearLabel: 'År',
    titleLabel: 'Rubrik (frivillig)',
    titleHint: 'Lämnar du rubriken tom blir den ”{{title}}”.',
    create: 'Skapa plan',
    rename: 'Byt rubrik',
    renameAria: 'Byt rubrik på {{title}}',
    renameLabel: 'Ny rubrik på planen',
    choose: 'Välj som aktuell plan',
    chooseAria: 'Välj som aktuell plan: {{title}}',
    current: 'Aktuell plan',
    listLabel: 'Kvalitetsplaner för {{name}}',
  },
  comingLater: {
    badge: 'Kommer i en senare version',
    notYet: 'Den här delen finns inte i programmet ännu. Ingenting av det som beskrivs här går att göra än.',
    plannedTitle: 'Planerat innehåll',
    meanwhile: 'Redan nu kan du lägga upp enheter och kvalitetsplaner.',
    goToQualityPlan: 'Gå till Kvalitetsplan',
    checklists: {
      lead: 'Här för gruppledaren checklistor vid ärendedragning och ärendegenomgång, även i ett rum utan nätverk.',
      point1: 'Frågor som besvaras med ja, nej, ej aktuellt eller ett antal, till exempel om frågan om våld är ställd.',
      point2: 'Svaren räknas om till resultat för planens egenkontroller.',
      point3: 'Ärenden anges med ett löpnummer, aldrig med namn eller personnummer.',
    },
    results: {
      lead: 'Här följer du upp egenkontrollernas resultat och jämför dem med målvärdena.',
      point1: 'Resultat per månad, tertial eller år.',
      point2: 'Plats för analysen inför analysdagarna.',
      point3: 'Underlag till årets kvalitetsberättelse.',
    },
    export: {
      lead: 'Här tar du ut planen och resultaten som filer att dela och spara.',
      point1: 'Excelfil och PDF till ledningen och nämnden.',
      point2: 'Enhetens årsunderlag till den gemensamma mappen, där verksamhetsutvecklaren samlar alla enheters underlag.',
      point3: 'Datum och procentsatser i svensk form, som 31 mars 2026 och 87,5 %.',
    },
  },
  errors: {
    unreachable: 'Programmet fick inget svar från sin databas. Försök igen, och starta om programmet om det inte hjälper.',
    missingApiTitle: 'Kvalitetshjulet når inte sina uppgifter',
    missingApiBody:
      'Sidan är öppnad utan programmets koppling till databasen, till exempel direkt i en webbläsare. Därför går ingenting att visa eller spara här.',
    missingApiAction:
      'Stäng fönstret och starta Kvalitetshjulet på vanligt sätt. Kommer meddelandet tillbaka, kontakta den som installerade programmet.',
  },
};

/** The shape every translation must have: the Swedish keys, any wording. */
export type Messages = Widen<typeof sv>;
