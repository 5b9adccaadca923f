/**
 * The tables that travel between a unit's devices, by their SQL names, parents first. Every
 * column is a field of its own with its own stamp; a row's key columns are fields too, so
 * a row can be found by what it points at.
 */

/**
 * What a row does when what it points at is gone:
 * - keep: new data brings its parent back (a run answered on one device while another deleted it);
 * - drop: it goes with its parent (a plan's history, a risk's tag);
 * - nullify: the link is emptied (a checklist item whose control was removed).
 */
export type ParentMode = 'keep' | 'drop' | 'nullify';

export interface ParentRef {
  column: string;
  table: SyncedTableName;
  mode: ParentMode;
}

/**
 * How two rows made on different devices with the same unique key become one:
 * - merge: the row with the smaller id stays, the other points to it and its children move;
 * - renumber: the row with the greater id gets the next free number.
 */
export interface UniqueKey {
  columns: string[];
  /** Compared without regard to ASCII case, as the database's unique index does. */
  caseless?: string;
  resolve: 'merge' | 'renumber';
}

export interface SyncedTable {
  name: SyncedTableName;
  key: string[];
  columns: string[];
  parents: ParentRef[];
  unique?: UniqueKey;
  /** Plan content: an edit overwritten by another device's edit is written into the plan's history under this entity. */
  historyEntity?: string;
  /**
   * A column rewritten by every edit of the row. A deletion wins only over the edits the
   * deleting device had seen; a later edit elsewhere (an answer given again) brings the row back.
   */
  editMarker?: string;
}

export const syncedTableNames = [
  'units',
  'plans',
  'quality_areas',
  'improvement_areas',
  'processes',
  'risks',
  'risk_quality_areas',
  'controls',
  'actions',
  'checklist_templates',
  'checklist_template_versions',
  'checklist_items',
  'checklist_runs',
  'run_cases',
  'answers',
  'manual_results',
  'plan_history',
  'report_categories',
  'report_settings',
  'reports',
  'report_quality_areas',
  'report_actions',
  'report_risks',
  'report_analyses',
  'control_report_measures',
] as const;

export type SyncedTableName = (typeof syncedTableNames)[number];

const keep = (column: string, table: SyncedTableName): ParentRef => ({ column, table, mode: 'keep' });

export const syncedTables: Record<SyncedTableName, SyncedTable> = {
  units: {
    name: 'units',
    key: ['id'],
    columns: ['id', 'name', 'created_at', 'updated_at'],
    parents: [],
    unique: { columns: ['name'], caseless: 'name', resolve: 'merge' },
  },
  plans: {
    name: 'plans',
    key: ['id'],
    columns: [
      'id',
      'unit_id',
      'year',
      'title',
      'created_at',
      'updated_at',
      'diarienummer',
      'adopted_on',
      'decision_body',
      'process_owner',
      'status',
      'status_changed_by',
      'status_changed_at',
      'matrix',
      'carried_from_plan_id',
    ],
    parents: [keep('unit_id', 'units')],
    unique: { columns: ['unit_id', 'year'], resolve: 'merge' },
    historyEntity: 'plan',
  },
  quality_areas: {
    name: 'quality_areas',
    key: ['id'],
    columns: ['id', 'plan_id', 'name', 'position'],
    parents: [keep('plan_id', 'plans')],
    unique: { columns: ['plan_id', 'name'], caseless: 'name', resolve: 'merge' },
    historyEntity: 'qualityArea',
  },
  improvement_areas: {
    name: 'improvement_areas',
    key: ['id'],
    columns: ['id', 'plan_id', 'text', 'position'],
    parents: [keep('plan_id', 'plans')],
    historyEntity: 'improvementArea',
  },
  processes: {
    name: 'processes',
    key: ['id'],
    columns: ['id', 'plan_id', 'name', 'process_group', 'responsible_team', 'position'],
    parents: [keep('plan_id', 'plans')],
    historyEntity: 'process',
  },
  risks: {
    name: 'risks',
    key: ['id'],
    columns: [
      'id',
      'process_id',
      'text',
      'owner',
      'position',
      'inherent_likelihood',
      'inherent_consequence',
      'residual_likelihood',
      'residual_consequence',
    ],
    parents: [keep('process_id', 'processes')],
    historyEntity: 'risk',
  },
  risk_quality_areas: {
    name: 'risk_quality_areas',
    key: ['risk_id', 'quality_area_id'],
    columns: ['risk_id', 'quality_area_id'],
    parents: [
      { column: 'risk_id', table: 'risks', mode: 'drop' },
      { column: 'quality_area_id', table: 'quality_areas', mode: 'drop' },
    ],
  },
  controls: {
    name: 'controls',
    key: ['id'],
    columns: [
      'id',
      'risk_id',
      'definition',
      'method',
      'method_description',
      'responsible',
      'occasion',
      'frequency',
      'measure_kind',
      'target_value',
      'target_unit',
      'target_direction',
      'tolerance',
      'position',
    ],
    parents: [keep('risk_id', 'risks')],
    historyEntity: 'control',
  },
  actions: {
    name: 'actions',
    key: ['id'],
    columns: ['id', 'risk_id', 'text', 'owner', 'due_date', 'status', 'follow_up', 'carried_from_action_id', 'position'],
    parents: [keep('risk_id', 'risks')],
    historyEntity: 'action',
  },
  checklist_templates: {
    name: 'checklist_templates',
    key: ['id'],
    columns: ['id', 'plan_id', 'name', 'purpose', 'position', 'archived', 'created_at'],
    parents: [keep('plan_id', 'plans')],
    historyEntity: 'checklist',
  },
  checklist_template_versions: {
    name: 'checklist_template_versions',
    key: ['id'],
    columns: ['id', 'template_id', 'version', 'created_at', 'created_by'],
    parents: [keep('template_id', 'checklist_templates')],
    unique: { columns: ['template_id', 'version'], resolve: 'renumber' },
  },
  checklist_items: {
    name: 'checklist_items',
    key: ['id'],
    columns: [
      'id',
      'version_id',
      'position',
      'kind',
      'text',
      'help',
      'unit',
      'min',
      'max',
      'choices',
      'deviation_text',
      'control_id',
      'aggregation',
      'limit_value',
    ],
    parents: [keep('version_id', 'checklist_template_versions'), { column: 'control_id', table: 'controls', mode: 'nullify' }],
  },
  checklist_runs: {
    name: 'checklist_runs',
    key: ['id'],
    columns: ['id', 'plan_id', 'version_id', 'date', 'context', 'run_by', 'team', 'created_at', 'finished_at'],
    parents: [keep('plan_id', 'plans'), keep('version_id', 'checklist_template_versions')],
  },
  run_cases: {
    name: 'run_cases',
    key: ['id'],
    columns: ['id', 'run_id', 'position', 'case_ref', 'created_at'],
    parents: [keep('run_id', 'checklist_runs')],
  },
  answers: {
    name: 'answers',
    key: ['case_id', 'item_id'],
    columns: ['case_id', 'item_id', 'value', 'comment', 'answered_at'],
    parents: [keep('case_id', 'run_cases'), keep('item_id', 'checklist_items')],
    editMarker: 'answered_at',
  },
  manual_results: {
    name: 'manual_results',
    key: ['id'],
    columns: ['id', 'control_id', 'period_kind', 'period_start', 'value', 'analysis', 'created_by', 'created_at'],
    parents: [keep('control_id', 'controls')],
    unique: { columns: ['control_id', 'period_kind', 'period_start'], resolve: 'merge' },
  },
  plan_history: {
    name: 'plan_history',
    key: ['id'],
    columns: ['id', 'plan_id', 'at', 'actor', 'entity', 'entity_id', 'entity_label', 'field', 'old_value', 'new_value'],
    parents: [{ column: 'plan_id', table: 'plans', mode: 'drop' }],
  },
  report_categories: {
    name: 'report_categories',
    key: ['id'],
    columns: ['id', 'unit_id', 'kind', 'name', 'position', 'archived', 'updated_at'],
    parents: [keep('unit_id', 'units')],
    unique: { columns: ['unit_id', 'kind', 'name'], caseless: 'name', resolve: 'merge' },
  },
  report_settings: {
    name: 'report_settings',
    key: ['unit_id', 'kind'],
    columns: ['unit_id', 'kind', 'limit_days', 'feedback_days', 'updated_at'],
    parents: [keep('unit_id', 'units')],
  },
  reports: {
    name: 'reports',
    key: ['id'],
    columns: [
      'id',
      'plan_id',
      'kind',
      'received_on',
      'category_id',
      'channel',
      'anonymous',
      'case_ref',
      'subject',
      'description',
      'process_id',
      'status',
      'findings',
      'cause',
      'conclusion',
      'investigated_by',
      'investigated_on',
      'feedback_on',
      'feedback_how',
      'serious',
      'ivo_reported_on',
      'ivo_reference',
      'closed_on',
      'created_at',
      'created_by',
      'updated_at',
    ],
    parents: [
      keep('plan_id', 'plans'),
      { column: 'category_id', table: 'report_categories', mode: 'nullify' },
      { column: 'process_id', table: 'processes', mode: 'nullify' },
    ],
  },
  report_quality_areas: {
    name: 'report_quality_areas',
    key: ['report_id', 'quality_area_id'],
    columns: ['report_id', 'quality_area_id'],
    parents: [
      { column: 'report_id', table: 'reports', mode: 'drop' },
      { column: 'quality_area_id', table: 'quality_areas', mode: 'drop' },
    ],
  },
  report_actions: {
    name: 'report_actions',
    key: ['report_id', 'action_id'],
    columns: ['report_id', 'action_id'],
    parents: [
      { column: 'report_id', table: 'reports', mode: 'drop' },
      { column: 'action_id', table: 'actions', mode: 'drop' },
    ],
  },
  report_risks: {
    name: 'report_risks',
    key: ['report_id', 'risk_id'],
    columns: ['report_id', 'risk_id'],
    parents: [
      { column: 'report_id', table: 'reports', mode: 'drop' },
      { column: 'risk_id', table: 'risks', mode: 'drop' },
    ],
  },
  report_analyses: {
    name: 'report_analyses',
    key: ['plan_id', 'period_kind', 'period_start'],
    columns: ['plan_id', 'period_kind', 'period_start', 'text', 'updated_at', 'updated_by'],
    parents: [keep('plan_id', 'plans')],
  },
  control_report_measures: {
    name: 'control_report_measures',
    key: ['control_id'],
    columns: ['control_id', 'kind', 'metric', 'days', 'updated_at'],
    parents: [{ column: 'control_id', table: 'controls', mode: 'drop' }],
  },
};

/** Whether a row exists (1) or was deleted (0): a field of every row, stamped like the others. */
export const EXISTS = '_exists';
/** The row this one was merged into, for rows made twice on different devices. */
export const MERGED_INTO = '_merged_into';

export function isSyncedTable(name: string): name is SyncedTableName {
  return Object.hasOwn(syncedTables, name);
}

export function isSyncedField(table: SyncedTableName, field: string): boolean {
  return field === EXISTS || field === MERGED_INTO || syncedTables[table].columns.includes(field);
}

/** The key columns' values joined: one text per row, as the registers name it. UUIDs hold no '|'. */
export function rowKey(values: readonly string[]): string {
  return values.join('|');
}

export function splitRowKey(key: string): string[] {
  return key.split('|');
}

/** The children of a table: which tables point at it, through which column and how. */
export function childrenOf(table: SyncedTableName): { table: SyncedTableName; ref: ParentRef }[] {
  return syncedTableNames.flatMap((name) =>
    syncedTables[name].parents.filter((ref) => ref.table === table).map((ref) => ({ table: name, ref })),
  );
}
