/**
 * The words that structure the Riskmatris sheet. The reader finds each section by its
 * title in column A, so a person may add rows or notes between sections.
 */
export const MATRIX_SECTIONS = {
  grid: 'Rutnät',
  likelihood: 'Sannolikhet',
  consequence: 'Konsekvens',
  riskLevels: 'Risknivåer',
  threshold: 'Gräns för egenkontroll',
} as const;

export type MatrixSection = keyof typeof MATRIX_SECTIONS;

export const MATRIX_TEXT = {
  title: 'Riskmatris',
  intro: 'Risker bedöms med sannolikhet och konsekvens på skalorna nedan. Rutnätet visar vilken risknivå varje kombination ger.',
  gridCorner: 'Sannolikhet ↓  Konsekvens →',
  gridNote: 'Skriv risknivåns namn i varje ruta. Raderna är sannolikhet, kolumnerna konsekvens.',
  scaleHeader: ['Nivå', 'Benämning', 'Beskrivning'],
  levelHeader: ['Nr', 'Namn', 'Färg (#RRGGBB)'],
  thresholdNote: 'Risker på denna nivå och högre behöver en egenkontroll. Lämna tom om planen inte har någon gräns.',
} as const;

/**
 * A scale level as a grid heading. The reader takes the level from the leading
 * number, so a label that does not start with its own number ("Sällan") gets it put in front.
 */
export function numberedLabel(label: string, level: number): string {
  const leading = /^(\d+)(?:\s*[–—-]|$)/.exec(label.trim())?.[1];
  return leading === String(level) ? label : `${level} – ${label}`;
}
