import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const units = sqliteTable(
  'units',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('units_name_unique').on(sql`lower(${table.name})`)],
);

export const plans = sqliteTable(
  'plans',
  {
    id: text('id').primaryKey(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    diarienummer: text('diarienummer').notNull().default(''),
    adoptedOn: text('adopted_on'),
    decisionBody: text('decision_body').notNull().default(''),
    processOwner: text('process_owner').notNull().default(''),
    status: text('status', { enum: ['draft', 'adopted', 'archived'] }).notNull().default('draft'),
    statusChangedBy: text('status_changed_by'),
    statusChangedAt: text('status_changed_at'),
    /** RiskMatrix (shared/risk-matrix) as JSON: a value object, always replaced whole. */
    matrix: text('matrix'),
    carriedFromPlanId: text('carried_from_plan_id'),
  },
  (table) => [uniqueIndex('plans_unit_year_unique').on(table.unitId, table.year)],
);

export const qualityAreas = sqliteTable(
  'quality_areas',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [uniqueIndex('quality_areas_plan_name_unique').on(table.planId, sql`lower(${table.name})`)],
);

export const improvementAreas = sqliteTable(
  'improvement_areas',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [index('improvement_areas_plan').on(table.planId)],
);

export const processes = sqliteTable(
  'processes',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    group: text('process_group', { enum: ['main', 'support'] }).notNull(),
    responsibleTeam: text('responsible_team').notNull().default(''),
    position: integer('position').notNull(),
  },
  (table) => [index('processes_plan').on(table.planId)],
);

export const risks = sqliteTable(
  'risks',
  {
    id: text('id').primaryKey(),
    processId: text('process_id')
      .notNull()
      .references(() => processes.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    owner: text('owner').notNull().default(''),
    position: integer('position').notNull(),
    inherentLikelihood: integer('inherent_likelihood'),
    inherentConsequence: integer('inherent_consequence'),
    residualLikelihood: integer('residual_likelihood'),
    residualConsequence: integer('residual_consequence'),
  },
  (table) => [index('risks_process').on(table.processId)],
);

export const riskQualityAreas = sqliteTable(
  'risk_quality_areas',
  {
    riskId: text('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    qualityAreaId: text('quality_area_id')
      .notNull()
      .references(() => qualityAreas.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.riskId, table.qualityAreaId] })],
);

export const controls = sqliteTable(
  'controls',
  {
    id: text('id').primaryKey(),
    riskId: text('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    definition: text('definition').notNull(),
    method: text('method').notNull(),
    methodDescription: text('method_description').notNull().default(''),
    responsible: text('responsible').notNull().default(''),
    occasion: text('occasion').notNull().default(''),
    frequency: text('frequency').notNull(),
    measureKind: text('measure_kind').notNull(),
    targetValue: real('target_value'),
    targetUnit: text('target_unit').notNull().default(''),
    position: integer('position').notNull(),
  },
  (table) => [index('controls_risk').on(table.riskId)],
);

export const actions = sqliteTable(
  'actions',
  {
    id: text('id').primaryKey(),
    riskId: text('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    owner: text('owner').notNull().default(''),
    dueDate: text('due_date'),
    status: text('status').notNull(),
    followUp: text('follow_up').notNull().default(''),
    carriedFromActionId: text('carried_from_action_id'),
    position: integer('position').notNull(),
  },
  (table) => [index('actions_risk').on(table.riskId)],
);

/** Every change to a plan: what, old and new value, when, by whom. Never updated, never deleted with the row it describes. */
export const planHistory = sqliteTable(
  'plan_history',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    entityLabel: text('entity_label').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (table) => [index('plan_history_plan_at').on(table.planId, table.at)],
);

/** Settings of this device, such as the name the user signs changes with. */
export const deviceSettings = sqliteTable('device_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
