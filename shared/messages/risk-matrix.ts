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
  ascendingThresholds: { sv: 'Gränserna för risknivåerna måste vara stigande.', en: 'The limits of the risk levels must be ascending.' },
} as const satisfies MessageGroup;
