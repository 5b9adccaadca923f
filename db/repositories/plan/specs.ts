import type { ActionContent, ControlContent, ProcessContent } from '../../../shared/domain/plan-content';
import { actions, controls, improvementAreas, processes, qualityAreas } from '../../schema';
import type { ChildSpec, MissingKey } from './child-entity';
import { planIdOfAction, planIdOfControl, planIdOfProcess, planIdOfRisk } from './guard';
import { actionContent, controlContent } from './row-mapping';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { AppDatabase } from '../../connection';

export type ProcessFields = Omit<ProcessContent, 'risks'>;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function planIdOfRow(db: AppDatabase, table: typeof qualityAreas | typeof improvementAreas, id: string, missing: MissingKey): string {
  const row = db.select({ planId: table.planId }).from(table).where(eq(table.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', missing);
  return row.planId;
}

export const processSpec: ChildSpec<ProcessFields> = {
  entity: 'process',
  table: processes,
  ordered: { table: 'processes', parentColumn: 'plan_id' },
  parentKey: 'planId',
  planIdOfParent: (_db, planId) => planId,
  planIdOfRow: planIdOfProcess,
  label: (content) => content.name,
  content: (row) => ({
    name: row.name as string,
    group: row.group as ProcessFields['group'],
    responsibleTeam: row.responsibleTeam as string,
  }),
  missing: 'plan.processMissing',
};

export const controlSpec: ChildSpec<ControlContent> = {
  entity: 'control',
  table: controls,
  ordered: { table: 'controls', parentColumn: 'risk_id' },
  parentKey: 'riskId',
  planIdOfParent: planIdOfRisk,
  planIdOfRow: planIdOfControl,
  label: (content) => short(content.definition),
  content: (row) => controlContent(row as typeof controls.$inferSelect),
  missing: 'plan.controlMissing',
};

export const actionSpec: ChildSpec<ActionContent> = {
  entity: 'action',
  table: actions,
  ordered: { table: 'actions', parentColumn: 'risk_id' },
  parentKey: 'riskId',
  planIdOfParent: planIdOfRisk,
  planIdOfRow: planIdOfAction,
  label: (content) => short(content.text),
  content: (row) => actionContent(row as typeof actions.$inferSelect),
  missing: 'plan.actionMissing',
};

export const qualityAreaSpec: ChildSpec<{ name: string }> = {
  entity: 'qualityArea',
  table: qualityAreas,
  ordered: { table: 'quality_areas', parentColumn: 'plan_id' },
  parentKey: 'planId',
  planIdOfParent: (_db, planId) => planId,
  planIdOfRow: (db, id) => planIdOfRow(db, qualityAreas, id, 'plan.qualityAreaMissing'),
  label: (content) => content.name,
  content: (row) => ({ name: row.name as string }),
  missing: 'plan.qualityAreaMissing',
};

export const improvementAreaSpec: ChildSpec<{ text: string }> = {
  entity: 'improvementArea',
  table: improvementAreas,
  ordered: { table: 'improvement_areas', parentColumn: 'plan_id' },
  parentKey: 'planId',
  planIdOfParent: (_db, planId) => planId,
  planIdOfRow: (db, id) => planIdOfRow(db, improvementAreas, id, 'plan.improvementAreaMissing'),
  label: (content) => short(content.text),
  content: (row) => ({ text: row.text as string }),
  missing: 'plan.improvementAreaMissing',
};
