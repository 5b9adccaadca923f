import { defaultMatrix } from '../risk-matrix/default-matrix';
import type { PlanContent } from './plan-content';
import { SOCIALSTYRELSEN_QUALITY_AREAS } from './plan-enums';

/** What a new, empty plan holds: Socialstyrelsen's six quality areas and the default matrix. */
export function newPlanContent(): PlanContent {
  return {
    meta: { diarienummer: '', adoptedOn: null, decisionBody: '', processOwner: '' },
    qualityAreas: [...SOCIALSTYRELSEN_QUALITY_AREAS],
    improvementAreas: [],
    matrix: defaultMatrix(),
    processes: [],
  };
}
