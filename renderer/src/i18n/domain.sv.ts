import { swedishLabels } from '../../../shared/domain/plan-enums';

/** The names of the domain's values as the UI shows them: the same words as in files for the board. */
export const domainSv = {
  processGroup: swedishLabels.processGroup,
  measureMethod: swedishLabels.measureMethod,
  measureFrequency: swedishLabels.measureFrequency,
  measureKind: swedishLabels.measureKind,
  actionStatus: swedishLabels.actionStatus,
  planStatus: swedishLabels.planStatus,
  stage: { inherent: 'Före åtgärd', residual: 'Efter åtgärd' },
  likelihood: 'Sannolikhet',
  consequence: 'Konsekvens',
};
