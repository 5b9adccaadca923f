import type { TFunction } from 'i18next';
import type { HistoryEntry, PlanDetail } from '../../../../shared/domain/plan-detail';
import { planEditorSv } from '../../i18n/plan-editor.sv';
import { formatDay, formatNumber } from '../../format';

type FieldKey = keyof typeof planEditorSv.history.fields;
type EntityKey = keyof typeof planEditorSv.history.entities;

const isField = (field: string): field is FieldKey => Object.hasOwn(planEditorSv.history.fields, field);
const isEntity = (entity: string): entity is EntityKey => Object.hasOwn(planEditorSv.history.entities, entity);

export function fieldLabel(t: TFunction, field: string): string {
  return isField(field) ? t(`planEditor.history.fields.${field}`) : field;
}

export function entityLabel(t: TFunction, entity: string): string {
  return isEntity(entity) ? t(`planEditor.history.entities.${entity}`) : entity;
}

function parse(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Labels of the domain's enum values, by the field that holds them. */
const enumGroups: Record<string, 'processGroup' | 'measureMethod' | 'measureFrequency' | 'measureKind'> = {
  group: 'processGroup',
  method: 'measureMethod',
  frequency: 'measureFrequency',
  measureKind: 'measureKind',
};

/** Fields stored as JSON; every other field holds the text itself, whatever it looks like. */
const jsonFields = new Set(['created', 'deleted', 'qualityAreaIds', 'targetValue', 'position', 'matrix']);

export interface ValueContext {
  t: TFunction;
  language: string;
  plan: PlanDetail;
}

function assessmentText(ctx: ValueContext, value: unknown): string {
  if (!isRecord(value)) return ctx.t('planEditor.history.notAssessed');
  return ctx.t('planEditor.assessment.value', { likelihood: value.likelihood, consequence: value.consequence });
}

/**
 * Any stored JSON as a person reads it: an item by its own words (text, name, definition),
 * an assessment as "3 × 4", other objects as their plain values in a row. Other parts of
 * the app (results, checklists) write to the same history, so nothing here may assume a shape.
 */
function readableJson(ctx: ValueContext, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, ctx.language);
  if (typeof value === 'boolean') return ctx.t(value ? 'planEditor.history.yes' : 'planEditor.history.no');
  if (Array.isArray(value)) return value.map((item) => readableJson(ctx, item)).join(', ');
  if (!isRecord(value)) return String(value);
  const words = value.text ?? value.name ?? value.definition ?? value.title;
  if (typeof words === 'string') return words;
  if (typeof value.likelihood === 'number' && typeof value.consequence === 'number') return assessmentText(ctx, value);
  return Object.values(value)
    .filter((part) => part !== null && part !== '' && typeof part !== 'object')
    .map((part) => readableJson(ctx, part))
    .join(' · ');
}

const looksLikeJson = (raw: string) => /^[[{]/.test(raw.trim()) || raw === 'true' || raw === 'false';

/** A stored old or new value as a person reads it: "3 × 4", "Fastställd", "31 mars 2026", area names. */
export function readableValue(ctx: ValueContext, entry: HistoryEntry, raw: string | null): string {
  const { t, language, plan } = ctx;
  if (entry.field === 'inherent' || entry.field === 'residual') return assessmentText(ctx, raw === null ? null : parse(raw));
  if (raw === null) return '';
  const value = jsonFields.has(entry.field) ? parse(raw) : raw;
  switch (entry.field) {
    case 'created':
    case 'deleted':
      return readableJson(ctx, value);
    case 'status':
      if (entry.entity === 'plan' && (value === 'draft' || value === 'adopted' || value === 'archived')) return t(`domain.planStatus.${value}`);
      if (value === 'not_started' || value === 'in_progress' || value === 'done' || value === 'cancelled') return t(`domain.actionStatus.${value}`);
      return String(value);
    case 'adoptedOn':
    case 'dueDate':
      return typeof value === 'string' ? formatDay(value, language) : '';
    case 'targetValue':
      return typeof value === 'number' ? formatNumber(value, language) : String(value);
    case 'position':
      return t('planEditor.history.position', { position: String(value) });
    case 'qualityAreaIds': {
      const names = new Map(plan.qualityAreas.map((area) => [area.id, area.name]));
      return Array.isArray(value) ? value.map((id) => names.get(String(id)) ?? t('planEditor.history.removedArea')).join(', ') : '';
    }
    case 'matrix':
      return isRecord(value) && Array.isArray(value.likelihood) && Array.isArray(value.consequence) && Array.isArray(value.riskLevels)
        ? t('planEditor.history.matrixValue', {
            likelihood: value.likelihood.length,
            consequence: value.consequence.length,
            levels: value.riskLevels.length,
          })
        : '';
  }
  const group = enumGroups[entry.field];
  if (group && typeof value === 'string') return t(`domain.${group}.${value}` as 'domain.measureKind.share', { defaultValue: value });
  return looksLikeJson(raw) ? readableJson(ctx, parse(raw)) : raw;
}
