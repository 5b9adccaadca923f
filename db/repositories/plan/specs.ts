import type { ActionContent, ControlContent, ProcessContent } from '../../../shared/domain/plan-content';
import { actions, controls, improvementAreas, processes, qualityAreas } from '../../schema';
import type { ChildSpec } from './child-entity';
import { planIdOfAction, planIdOfControl, planIdOfProcess, planIdOfRisk } from './guard';
import { actionContent, controlContent } from './row-mapping';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { AppDatabase } from '../../connection';

export type ProcessFields = Omit<ProcessContent, 'risks'>;

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function planIdOfRow(db: AppDatabase, table: typeof qualityAreas | typeof improvementAreas, id: string, missing: string): string {
  const row = db.select({ planId: table.planId }).from(table).where(eq(table.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `${missing} finns inte längre. Ladda om planen och försök igen.`);
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
  missing: 'Processen',
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
  missing: 'Egenkontrollen',
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
  missing: 'Åtgärden',
};

export const qualityAreaSpec: ChildSpec<{ name: string }> = {
  entity: 'qualityArea',
  table: qualityAreas,
  ordered: { table: 'quality_areas', parentColumn: 'plan_id' },
  parentKey: 'planId',
  planIdOfParent: (_db, planId) => planId,
  planIdOfRow: (db, id) => planIdOfRow(db, qualityAreas, id, 'Kvalitetsområdet'),
  label: (content) => content.name,
  content: (row) => ({ name: row.name as string }),
  missing: 'Kvalitetsområdet',
};

export const improvementAreaSpec: ChildSpec<{ text: string }> = {
  entity: 'improvementArea',
  table: improvementAreas,
  ordered: { table: 'improvement_areas', parentColumn: 'plan_id' },
  parentKey: 'planId',
  planIdOfParent: (_db, planId) => planId,
  planIdOfRow: (db, id) => planIdOfRow(db, improvementAreas, id, 'Förbättringsområdet'),
  label: (content) => short(content.text),
  content: (row) => ({ text: row.text as string }),
  missing: 'Förbättringsområdet',
};
