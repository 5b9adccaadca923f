import { and, eq, inArray } from 'drizzle-orm';
import type { Assessment } from '../../../shared/risk-matrix/matrix';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { plans, processes, qualityAreas, riskQualityAreas, risks } from '../../schema';
import { parseStoredMatrix } from './detail';
import { planIdOfProcess, planIdOfRisk } from './guard';
import { recordChange, recordFieldChanges, type ChangeContext } from './history';
import { compactPositions, moveRow, nextPosition } from './ordering';
import { changePlan } from './plan-change';
import { assessmentColumns, riskAssessments } from './row-mapping';

const ordered = { table: 'risks', parentColumn: 'process_id' };
export type AssessmentStage = 'inherent' | 'residual';

export interface RiskFields {
  text: string;
  owner: string;
  qualityAreaIds: string[];
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function load(db: AppDatabase, id: string) {
  const row = db.select().from(risks).where(eq(risks.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'plan.riskMissing');
  return row;
}

function areaIdsOf(db: AppDatabase, riskId: string): string[] {
  return db
    .select({ id: riskQualityAreas.qualityAreaId })
    .from(riskQualityAreas)
    .where(eq(riskQualityAreas.riskId, riskId))
    .all()
    .map((row) => row.id);
}

function setAreas(ctx: ChangeContext, riskId: string, areaIds: string[]): void {
  const unique = [...new Set(areaIds)];
  if (unique.length > 0) {
    const known = ctx.db
      .select({ id: qualityAreas.id })
      .from(qualityAreas)
      .where(and(eq(qualityAreas.planId, ctx.planId), inArray(qualityAreas.id, unique)))
      .all();
    if (known.length !== unique.length) {
      throw new AppError('VALIDATION', 'plan.qualityAreaNotInPlan');
    }
  }
  ctx.db.delete(riskQualityAreas).where(eq(riskQualityAreas.riskId, riskId)).run();
  for (const qualityAreaId of unique) ctx.db.insert(riskQualityAreas).values({ riskId, qualityAreaId }).run();
}

/** An assessment must lie inside the plan's matrix; the message names the scale the user sees. */
export function checkAssessment(db: AppDatabase, planId: string, value: Assessment | null): void {
  if (!value) return;
  const plan = db.select({ matrix: plans.matrix }).from(plans).where(eq(plans.id, planId)).get();
  const matrix = parseStoredMatrix(plan?.matrix ?? null);
  if (value.likelihood > matrix.likelihood.length || value.consequence > matrix.consequence.length) {
    throw new AppError(
      'VALIDATION',
      'plan.cellOutsideMatrix',
      { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length },
    );
  }
}

export function insertRisk(
  ctx: ChangeContext,
  processId: string,
  fields: RiskFields & { inherent: Assessment | null; residual: Assessment | null },
): string {
  checkAssessment(ctx.db, ctx.planId, fields.inherent);
  checkAssessment(ctx.db, ctx.planId, fields.residual);
  const id = ctx.clock.newId();
  ctx.db
    .insert(risks)
    .values({
      id,
      processId,
      text: fields.text,
      owner: fields.owner,
      position: nextPosition(ctx.db, ordered, processId),
      ...assessmentColumns('inherent', fields.inherent),
      ...assessmentColumns('residual', fields.residual),
    })
    .run();
  setAreas(ctx, id, fields.qualityAreaIds);
  recordChange(ctx, { entity: 'risk', entityId: id, entityLabel: short(fields.text), field: 'created', oldValue: null, newValue: fields });
  return id;
}

export function createRiskRepository(db: AppDatabase, clock: Clock) {
  return {
    create(processId: string, fields: RiskFields, actor: string): string {
      return changePlan(db, clock, planIdOfProcess(db, processId), actor, (ctx) =>
        insertRisk(ctx, processId, { ...fields, inherent: null, residual: null }),
      );
    },
    update(id: string, patch: Partial<RiskFields>, actor: string): string {
      const planId = planIdOfRisk(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        const row = load(db, id);
        const before = { text: row.text, owner: row.owner, qualityAreaIds: areaIdsOf(db, id).sort() };
        const after = { ...before, ...patch, qualityAreaIds: [...(patch.qualityAreaIds ?? before.qualityAreaIds)].sort() };
        recordFieldChanges(ctx, { entity: 'risk', entityId: id, entityLabel: short(after.text) }, before, after);
        db.update(risks).set({ text: after.text, owner: after.owner }).where(eq(risks.id, id)).run();
        if (patch.qualityAreaIds) setAreas(ctx, id, patch.qualityAreaIds);
      });
      return planId;
    },
    assess(id: string, stage: AssessmentStage, value: Assessment | null, actor: string): string {
      const planId = planIdOfRisk(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        checkAssessment(db, ctx.planId, value);
        const row = load(db, id);
        const before = riskAssessments(row)[stage];
        recordFieldChanges(ctx, { entity: 'risk', entityId: id, entityLabel: short(row.text) }, { [stage]: before }, { [stage]: value });
        db.update(risks).set(assessmentColumns(stage, value)).where(eq(risks.id, id)).run();
      });
      return planId;
    },
    move(id: string, toProcessId: string, toIndex: number, actor: string): string {
      const planId = planIdOfRisk(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        if (planIdOfProcess(db, toProcessId) !== planId) {
          throw new AppError('VALIDATION', 'plan.riskMoveOtherPlan');
        }
        const row = load(db, id);
        const index = moveRow(db, ordered, id, row.processId, toProcessId, toIndex);
        const label = { entity: 'risk', entityId: id, entityLabel: short(row.text) };
        if (row.processId !== toProcessId) {
          const name = (processId: string) =>
            db.select({ name: processes.name }).from(processes).where(eq(processes.id, processId)).get()?.name ?? '';
          recordChange(ctx, { ...label, field: 'process', oldValue: name(row.processId), newValue: name(toProcessId) });
        } else if (index !== row.position) {
          recordChange(ctx, { ...label, field: 'position', oldValue: row.position + 1, newValue: index + 1 });
        }
      });
      return planId;
    },
    remove(id: string, actor: string): string {
      const planId = planIdOfRisk(db, id);
      changePlan(db, clock, planId, actor, (ctx) => {
        const row = load(db, id);
        recordChange(ctx, {
          entity: 'risk',
          entityId: id,
          entityLabel: short(row.text),
          field: 'deleted',
          oldValue: { text: row.text, owner: row.owner, ...riskAssessments(row) },
          newValue: null,
        });
        db.delete(risks).where(eq(risks.id, id)).run();
        compactPositions(db, ordered, row.processId);
      });
      return planId;
    },
  };
}
