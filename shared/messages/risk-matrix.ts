import type { MessageGroup } from './types';

export const riskMatrixMessages = {
  likelihoodScaleSize: {
    sv: 'Skalan för sannolikhet ska ha mellan {{min}} och {{max}} nivåer.',
    en: 'The likelihood scale must have between {{min}} and {{max}} levels.',
  },
  consequenceScaleSize: {
    sv: 'Skalan för konsekvens ska ha mellan {{min}} och {{max}} nivåer.',
    en: 'The consequence scale must have between {{min}} and {{max}} levels.',
  },
  colourFormat: { sv: 'Färgen ska anges som #RRGGBB.', en: 'The colour must be given as #RRGGBB.' },
  likelihoodCount: { sv: 'Antalet sannolikhetsnivåer måste vara ett positivt heltal.', en: 'The number of likelihood levels must be a positive whole number.' },
  consequenceCount: { sv: 'Antalet konsekvensnivåer måste vara ett positivt heltal.', en: 'The number of consequence levels must be a positive whole number.' },
  levelCount: { sv: 'Antalet risknivåer måste vara ett positivt heltal.', en: 'The number of risk levels must be a positive whole number.' },
  levelLabelMissing: { sv: 'Varje nivå behöver en benämning.', en: 'Every level needs a label.' },
  levelLabelLong: { sv: 'En benämning får vara högst {{maximum}} tecken.', en: 'A label may be at most {{maximum}} characters.' },
  descriptionLong: { sv: 'En beskrivning får vara högst {{maximum}} tecken.', en: 'A description may be at most {{maximum}} characters.' },
  riskLevelNameMissing: { sv: 'Varje risknivå behöver ett namn.', en: 'Every risk level needs a name.' },
  riskLevelNameLong: { sv: 'Ett risknivånamn får vara högst {{maximum}} tecken.', en: 'A risk level name may be at most {{maximum}} characters.' },
  scaleTooShort: { sv: 'En skala måste ha minst {{minimum}} nivåer.', en: 'A scale must have at least {{minimum}} levels.' },
  scaleTooLong: { sv: 'En skala får ha högst {{maximum}} nivåer.', en: 'A scale may have at most {{maximum}} levels.' },
  tooFewRiskLevels: { sv: 'Matrisen behöver minst två risknivåer.', en: 'The matrix needs at least two risk levels.' },
  tooManyRiskLevels: { sv: 'Matrisen får ha högst sex risknivåer.', en: 'The matrix may have at most six risk levels.' },
  gridIncomplete: {
    sv: 'Rutnätet måste ha en ruta för varje kombination av sannolikhet och konsekvens.',
    en: 'The grid must have a cell for every combination of likelihood and consequence.',
  },
  cellLevelUnknown: { sv: 'Varje ruta måste höra till en av matrisens risknivåer.', en: 'Every cell must belong to one of the matrix’s risk levels.' },
  thresholdUnknown: { sv: 'Gränsen måste vara en av matrisens risknivåer.', en: 'The threshold must be one of the matrix’s risk levels.' },
  ascendingThresholds: { sv: 'Gränserna för risknivåerna måste vara stigande.', en: 'The limits of the risk levels must be ascending.' },
} as const satisfies MessageGroup;
