import { defaultGrid, gridFromBands } from './grid';
import { RiskMatrix, type RiskLevel, type ScaleLevel } from './matrix';

/** Chosen so that every level colour has a text colour with a contrast of at least 4.5:1 (see contrast.ts). */
export const levelColors = {
  green: '#2e7d32',
  yellow: '#f9a825',
  orange: '#ef6c00',
  red: '#c62828',
} as const;

export interface MatrixPreset {
  id: string;
  name: string;
  description: string;
  build(): RiskMatrix;
}

const scale = (levels: ReadonlyArray<readonly [string, string]>): ScaleLevel[] =>
  levels.map(([label, description]) => ({ label, description }));

const fourLevels: RiskLevel[] = [
  { name: 'Låg', color: levelColors.green },
  { name: 'Måttlig', color: levelColors.yellow },
  { name: 'Hög', color: levelColors.orange },
  { name: 'Mycket hög', color: levelColors.red },
];

/**
 * The handbook scores risk as S×K on 4-step scales. Threshold at "Hög" (risktal 8 and up):
 * the handbook asks for measures against risks with a high value, and putting the line
 * there keeps a "Måttlig" risk such as a possible but minor harm out of the control plan.
 */
function socialstyrelsen4x4(): RiskMatrix {
  return RiskMatrix.parse({
    likelihood: scale([
      ['1 – Mycket liten', 'Kan inträffa men är mycket ovanligt, mer sällan än en gång om året.'],
      ['2 – Liten', 'Kan inträffa någon enstaka gång per år.'],
      ['3 – Stor', 'Kan inträffa flera gånger per år, ungefär varje månad.'],
      ['4 – Mycket stor', 'Kan inträffa ofta, varje vecka eller oftare.'],
    ]),
    consequence: scale([
      ['1 – Försumbar/Lindrig', 'Ingen eller liten påverkan på den enskilde, och den går snabbt över.'],
      ['2 – Kännbar/Måttlig', 'Den enskilde påverkas märkbart men övergående, till exempel av en försenad insats.'],
      ['3 – Allvarlig', 'Allvarlig eller långvarig påverkan på den enskildes hälsa, trygghet eller rättigheter.'],
      ['4 – Mycket allvarlig', 'Bestående skada, dödsfall eller att ett barn lämnas utan skydd.'],
    ]),
    riskLevels: fourLevels,
    grid: gridFromBands(4, 4, [1, 4, 8, 12]),
    threshold: 2,
  });
}

function stockholm5x5(): RiskMatrix {
  return RiskMatrix.parse({
    likelihood: scale([
      ['1 – Osannolik', 'Har inte hänt här och väntas inte hända under året.'],
      ['2 – Mindre sannolik', 'Kan hända, men sällan – högst någon gång per år.'],
      ['3 – Möjlig', 'Har hänt förut och kan hända några gånger per år.'],
      ['4 – Sannolik', 'Händer återkommande, ungefär varje månad.'],
      ['5 – Mycket sannolik', 'Händer ofta, varje vecka eller oftare.'],
    ]),
    consequence: scale([
      ['1 – Försumbar', 'Märks knappt för den enskilde eller verksamheten.'],
      ['2 – Lindrig', 'Ett visst obehag eller en kortare fördröjning som snabbt rättas till.'],
      ['3 – Kännbar', 'Den enskilde får sämre stöd eller skydd under en tid; förtroendet kan skadas.'],
      ['4 – Allvarlig', 'Allvarlig påverkan på den enskildes hälsa eller säkerhet, eller rättsosäker handläggning.'],
      ['5 – Mycket allvarlig', 'Bestående skada eller dödsfall, eller att verksamheten inte kan fullgöra sitt uppdrag.'],
    ]),
    riskLevels: [
      { name: 'Låg', color: levelColors.green },
      { name: 'Måttlig', color: levelColors.yellow },
      { name: 'Hög', color: levelColors.orange },
      { name: 'Mycket hög', color: levelColors.red },
    ],
    grid: gridFromBands(5, 5, [1, 5, 10, 20]),
    // Risktal 10 and up, as such plans usually draw the line for the control plan.
    threshold: 2,
  });
}

/** A traffic light for units that want it simple; only red needs a control, as in the larger presets roughly the top third of the cells do. */
function simple3x3(): RiskMatrix {
  return RiskMatrix.parse({
    likelihood: scale([
      ['1 – Liten', 'Händer sällan, högst någon gång per år.'],
      ['2 – Möjlig', 'Händer några gånger per år.'],
      ['3 – Stor', 'Händer ofta, varje månad eller oftare.'],
    ]),
    consequence: scale([
      ['1 – Lindrig', 'Liten och övergående påverkan på den enskilde.'],
      ['2 – Kännbar', 'Märkbar påverkan på den enskildes stöd, skydd eller rättigheter.'],
      ['3 – Allvarlig', 'Allvarlig eller bestående skada för den enskilde.'],
    ]),
    riskLevels: [
      { name: 'Grön', color: levelColors.green },
      { name: 'Gul', color: levelColors.yellow },
      { name: 'Röd', color: levelColors.red },
    ],
    grid: defaultGrid(3, 3, 3),
    threshold: 2,
  });
}

export const matrixPresets: readonly MatrixPreset[] = [
  {
    id: 'socialstyrelsen4x4',
    name: 'Socialstyrelsen 4 × 4',
    description: 'Fyra steg för sannolikhet och konsekvens och risktal 1–16, som i Socialstyrelsens handbok för riskanalys. Risker med hög eller mycket hög risknivå (risktal 8 och uppåt) behöver en egenkontroll.',
    build: socialstyrelsen4x4,
  },
  {
    id: 'stockholm5x5',
    name: 'Fem steg (som Stockholms stad)',
    description: 'Fem steg för sannolikhet och konsekvens och risktal 1–25, som i Stockholms stads riskbedömningar. Risker med risktal 10 och uppåt behöver en egenkontroll.',
    build: stockholm5x5,
  },
  {
    id: 'simple3x3',
    name: 'Enkel 3 × 3 (grön, gul, röd)',
    description: 'Tre steg för sannolikhet och konsekvens och ett trafikljus. Röda risker behöver en egenkontroll.',
    build: simple3x3,
  },
];
