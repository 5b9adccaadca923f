import type { resultsSv } from './results.sv';
import type { Widen } from './widen';

export const resultsEn: Widen<typeof resultsSv> = {
  title: 'Results',
};
