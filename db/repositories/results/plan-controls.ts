import { asc, eq, inArray } from 'drizzle-orm';
import type { MeasureFrequency, MeasureKind, MeasureMethod, TargetDirection } from '../../../shared/domain/plan-enums';
import type { PeriodKind } from '../../../shared/results/periods';
import type { AppDatabase } from '../../connection';
import { controls, plans, processes, risks } from '../../schema';

export interface ControlRow {
  controlId: string;
  planId: string;
  year: number;
  processName: string;
  riskId: string;
  riskText: string;
  definition: string;
  method: MeasureMethod;
  frequency: MeasureFrequency;
  measureKind: MeasureKind;
  targetValue: number | null;
  targetUnit: string;
  targetDirection: TargetDirection;
  tolerance: number;
}

/** The controls of the given plans, in the order the user keeps them. */
export function controlsOfPlans(db: AppDatabase, planIds: string[]): ControlRow[] {
  if (planIds.length === 0) return [];
  return db
    .select({
      controlId: controls.id,
      planId: processes.planId,
      year: plans.year,
      processName: processes.name,
      riskId: risks.id,
      riskText: risks.text,
      definition: controls.definition,
      method: controls.method,
      frequency: controls.frequency,
      measureKind: controls.measureKind,
      targetValue: controls.targetValue,
      targetUnit: controls.targetUnit,
      targetDirection: controls.targetDirection,
      tolerance: controls.tolerance,
    })
    .from(controls)
    .innerJoin(risks, eq(controls.riskId, risks.id))
    .innerJoin(processes, eq(risks.processId, processes.id))
    .innerJoin(plans, eq(processes.planId, plans.id))
    .where(inArray(processes.planId, planIds))
    .orderBy(asc(plans.year), asc(processes.position), asc(risks.position), asc(controls.position))
    .all() as ControlRow[];
}

/** The period a control is naturally followed up in, from how often it is measured. */
export function naturalPeriodKind(frequency: MeasureFrequency): PeriodKind {
  switch (frequency) {
    case 'monthly':
    case 'continuous':
      return 'month';
    case 'quarterly':
      return 'quarter';
    case 'tertial':
      return 'tertial';
    case 'half_year':
      return 'half';
    case 'yearly':
    case 'once':
      return 'year';
  }
}

/** Controls are the same across years when their definitions read the same (rollover copies them word for word). */
export const definitionKey = (definition: string) => definition.trim().replace(/\s+/g, ' ').toLowerCase();
