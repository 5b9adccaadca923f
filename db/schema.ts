import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const units = sqliteTable(
  'units',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** local: kept in this database; imported: read from a unit's yearly bundle at the socialkontor, read-only here. */
    origin: text('origin', { enum: ['local', 'imported'] }).notNull().default('local'),
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
  // By year for Jämför enheter, which gathers every unit's plan of one year.
  (table) => [uniqueIndex('plans_unit_year_unique').on(table.unitId, table.year), index('plans_year').on(table.year)],
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
    /** Whether a result at or above the target is good (a share of cases) or at or below it (days of waiting). */
    targetDirection: text('target_direction', { enum: ['at_least', 'at_most'] }).notNull().default('at_least'),
    /** How far from the target a result may be and still be yellow rather than red. */
    tolerance: real('tolerance').notNull().default(0),
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

/** A checklist for case reviews. Its items live in versions, so editing a used checklist never changes old runs. */
export const checklistTemplates = sqliteTable(
  'checklist_templates',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    position: integer('position').notNull(),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('checklist_templates_plan').on(table.planId)],
);

export const checklistTemplateVersions = sqliteTable(
  'checklist_template_versions',
  {
    id: text('id').primaryKey(),
    templateId: text('template_id')
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (table) => [uniqueIndex('checklist_template_versions_unique').on(table.templateId, table.version)],
);

export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => checklistTemplateVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    help: text('help').notNull().default(''),
    unit: text('unit').notNull().default(''),
    min: real('min'),
    max: real('max'),
    /** JSON array of the options of a choice item. */
    choices: text('choices').notNull().default('[]'),
    /** How a deviation reads in a run's summary, e.g. "saknar utredningsplan". */
    deviationText: text('deviation_text').notNull().default(''),
    controlId: text('control_id').references(() => controls.id, { onDelete: 'set null' }),
    aggregation: text('aggregation'),
    limitValue: real('limit_value'),
  },
  (table) => [index('checklist_items_version').on(table.versionId), index('checklist_items_control').on(table.controlId)],
);

export const checklistRuns = sqliteTable(
  'checklist_runs',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    versionId: text('version_id')
      .notNull()
      // no action, not restrict: checked at the end of the statement, so deleting a whole plan
      // (which takes its runs and its templates' versions along) works; deleting a used version alone does not.
      .references(() => checklistTemplateVersions.id, { onDelete: 'no action' }),
    date: text('date').notNull(),
    context: text('context').notNull(),
    runBy: text('run_by').notNull(),
    team: text('team').notNull().default(''),
    createdAt: text('created_at').notNull(),
    finishedAt: text('finished_at'),
  },
  (table) => [index('checklist_runs_plan_date').on(table.planId, table.date)],
);

export const runCases = sqliteTable(
  'run_cases',
  {
    id: text('id').primaryKey(),
    runId: text('run_id')
      .notNull()
      .references(() => checklistRuns.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    caseRef: text('case_ref').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('run_cases_run').on(table.runId)],
);

/** One answer per case and item, written the moment it is given. */
export const answers = sqliteTable(
  'answers',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => runCases.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      // no action, for the same reason as checklist_runs.version_id: an answered item is never deleted alone.
      .references(() => checklistItems.id, { onDelete: 'no action' }),
    /** The value as JSON: "yes" | "no" | "na", a number, an ISO date, a choice or an array of choices, a text. */
    value: text('value').notNull(),
    comment: text('comment').notNull().default(''),
    answeredAt: text('answered_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.itemId] }), index('answers_item').on(table.itemId)],
);

/**
 * How many answers each yes/no or number item got per month (YYYY-MM of the run's date) and
 * value (as stored in answers.value). Derived, never written by the app: triggers (migration
 * 0007) keep it in the same statement as every write to answers, run_cases and checklist_runs,
 * whatever path wrote it (answers, bundle import, sync, deletions), so Resultat and Översikt
 * read a few rows per item and month instead of every answer of the year.
 */
export const answerTallies = sqliteTable(
  'answer_tallies',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => checklistItems.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    value: text('value').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.month, table.value] })],
);

/** A result measured outside the app (file audit, case-system report, survey, Lex Sarah count). */
export const manualResults = sqliteTable(
  'manual_results',
  {
    id: text('id').primaryKey(),
    controlId: text('control_id')
      .notNull()
      .references(() => controls.id, { onDelete: 'cascade' }),
    periodKind: text('period_kind').notNull(),
    periodStart: text('period_start').notNull(),
    value: real('value'),
    analysis: text('analysis').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [uniqueIndex('manual_results_period').on(table.controlId, table.periodKind, table.periodStart)],
);

/** The yearly bundles imported here: which export of a unit and year the database holds now. */
export const importedBundles = sqliteTable(
  'imported_bundles',
  {
    bundleId: text('bundle_id').primaryKey(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    planId: text('plan_id').notNull(),
    exportedAt: text('exported_at').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (table) => [uniqueIndex('imported_bundles_unit_year').on(table.unitId, table.year), index('imported_bundles_year').on(table.year)],
);

/**
 * Sync between a unit's devices (db/sync): every field of every synced row as last seen, with
 * the hybrid-logical-clock stamp and device of its last write. The value is JSON text.
 */
export const syncRegisters = sqliteTable(
  'sync_registers',
  {
    table: text('tbl').notNull(),
    rowKey: text('row_key').notNull(),
    field: text('field').notNull(),
    value: text('value').notNull(),
    hlc: text('hlc').notNull(),
    device: text('device').notNull(),
    /** The stamp of the value this write replaced on its device: when it differs from ours, the writer had not seen our value. */
    base: text('base'),
    /** The id the field points at, when the field links to a parent: finds a row's children among the registers. */
    ref: text('ref'),
  },
  (table) => [
    primaryKey({ columns: [table.table, table.rowKey, table.field] }),
    index('sync_registers_device_hlc').on(table.device, table.hlc),
    index('sync_registers_ref').on(table.ref).where(sql`${table.ref} IS NOT NULL`),
  ],
);

/** Rows written here since the last sync round, recorded by triggers on every synced table whatever wrote them. */
export const syncDirty = sqliteTable(
  'sync_dirty',
  {
    table: text('tbl').notNull(),
    rowKey: text('row_key').notNull(),
    at: text('at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.table, table.rowKey] })],
);

/** Holds a row while a sync round writes what other devices changed, so the triggers leave those writes alone. */
export const syncApplying = sqliteTable('sync_applying', { id: integer('id').primaryKey() });

/** The files of the shared sync folder this device has taken in, skipped or written itself. */
export const syncFiles = sqliteTable(
  'sync_files',
  {
    device: text('device').notNull(),
    name: text('name').notNull(),
    state: text('state', { enum: ['applied', 'own', 'skipped'] }).notNull(),
    size: integer('size').notNull(),
    mtimeMs: real('mtime_ms').notNull(),
    sha256: text('sha256'),
    /** Why a file was skipped, as a code the UI words. */
    problem: text('problem'),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.device, table.name] })],
);

/**
 * The unit's own categories of reports per kind (shared/reports/kinds.ts has the defaults).
 * They belong to the unit, not the year's plan, so the compilation compares years by them.
 */
export const reportCategories = sqliteTable(
  'report_categories',
  {
    id: text('id').primaryKey(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    /** Kept for the reports filed under it, no longer offered for new ones. */
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('report_categories_unit_kind_name').on(table.unitId, table.kind, sql`lower(${table.name})`)],
);

/** A unit's handling limits per kind of report; a kind without a row uses the defaults. */
export const reportSettings = sqliteTable(
  'report_settings',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    limitDays: integer('limit_days').notNull(),
    feedbackDays: integer('feedback_days'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.unitId, table.kind] })],
);

/**
 * One report that came in during the plan's year: an avvikelse, klagomål, synpunkt,
 * lex Sarah-rapport or IVO tillsynsärende, with its handling. Filed under the year's
 * plan, like the checklist runs, so it travels with the unit's year.
 */
export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    receivedOn: text('received_on').notNull(),
    categoryId: text('category_id').references(() => reportCategories.id, { onDelete: 'set null' }),
    channel: text('channel'),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    caseRef: text('case_ref').notNull().default(''),
    subject: text('subject').notNull().default(''),
    description: text('description').notNull().default(''),
    processId: text('process_id').references(() => processes.id, { onDelete: 'set null' }),
    status: text('status').notNull(),
    findings: text('findings').notNull().default(''),
    cause: text('cause').notNull().default(''),
    conclusion: text('conclusion').notNull().default(''),
    investigatedBy: text('investigated_by').notNull().default(''),
    investigatedOn: text('investigated_on'),
    feedbackOn: text('feedback_on'),
    feedbackHow: text('feedback_how').notNull().default(''),
    /** Lex Sarah: whether allvarligt; null until assessed. */
    serious: integer('serious', { mode: 'boolean' }),
    ivoReportedOn: text('ivo_reported_on'),
    ivoReference: text('ivo_reference').notNull().default(''),
    closedOn: text('closed_on'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('reports_plan_received').on(table.planId, table.receivedOn),
    // Covers every column the compilation reads, so it walks this index alone and never the rows (50 000 reports in npm run bench).
    index('reports_compilation').on(
      table.planId,
      table.kind,
      table.categoryId,
      table.processId,
      table.receivedOn,
      table.investigatedOn,
      table.feedbackOn,
      table.anonymous,
      table.serious,
      table.ivoReportedOn,
      table.status,
    ),
    index('reports_category').on(table.categoryId),
    index('reports_process').on(table.processId),
  ],
);

export const reportQualityAreas = sqliteTable(
  'report_quality_areas',
  {
    reportId: text('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    qualityAreaId: text('quality_area_id')
      .notNull()
      .references(() => qualityAreas.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.qualityAreaId] }), index('report_quality_areas_area').on(table.qualityAreaId)],
);

/** The plan's actions decided on from a report: the link runs both ways, from the report and from the action. */
export const reportActions = sqliteTable(
  'report_actions',
  {
    reportId: text('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    actionId: text('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.actionId] }), index('report_actions_action').on(table.actionId)],
);

/** The risks of the plan a report revealed or bears out. */
export const reportRisks = sqliteTable(
  'report_risks',
  {
    reportId: text('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    riskId: text('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.riskId] }), index('report_risks_risk').on(table.riskId)],
);

/** The analysdag's conclusion from a period's compilation of reports. */
export const reportAnalyses = sqliteTable(
  'report_analyses',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    periodKind: text('period_kind').notNull(),
    periodStart: text('period_start').notNull(),
    text: text('text').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.periodKind, table.periodStart] })],
);

/**
 * A control measured from the register of reports rather than from checklists: which kind of
 * report, which figure (shared/reports/measure.ts) and, for a share within a limit, how many days.
 */
export const controlReportMeasures = sqliteTable('control_report_measures', {
  controlId: text('control_id')
    .primaryKey()
    .references(() => controls.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  metric: text('metric').notNull(),
  days: integer('days'),
  updatedAt: text('updated_at').notNull(),
});
