import { containsPersonalIdentityNumber } from '../../shared/personal-data/personnummer-guard';
import type { ConsistencyProblem } from './consistency-problem';
import { reportProblems } from './report-problems';
import { BUNDLE_TABLES, type BundleData } from './rows';

type Reference = [table: keyof BundleData, column: string, parent: keyof BundleData, nullable?: boolean];

/** Every reference a row makes must land inside the same bundle: a bundle is one plan and nothing else. */
const REFERENCES: Reference[] = [
  ['qualityAreas', 'planId', 'plan'],
  ['improvementAreas', 'planId', 'plan'],
  ['processes', 'planId', 'plan'],
  ['risks', 'processId', 'processes'],
  ['riskQualityAreas', 'riskId', 'risks'],
  ['riskQualityAreas', 'qualityAreaId', 'qualityAreas'],
  ['controls', 'riskId', 'risks'],
  ['actions', 'riskId', 'risks'],
  ['checklistTemplates', 'planId', 'plan'],
  ['checklistTemplateVersions', 'templateId', 'checklistTemplates'],
  ['checklistItems', 'versionId', 'checklistTemplateVersions'],
  ['checklistItems', 'controlId', 'controls', true],
  ['checklistRuns', 'planId', 'plan'],
  ['checklistRuns', 'versionId', 'checklistTemplateVersions'],
  ['runCases', 'runId', 'checklistRuns'],
  ['answers', 'caseId', 'runCases'],
  ['answers', 'itemId', 'checklistItems'],
  ['manualResults', 'controlId', 'controls'],
  ['reportCategories', 'unitId', 'unit'],
  ['reportSettings', 'unitId', 'unit'],
  ['reports', 'planId', 'plan'],
  ['reports', 'categoryId', 'reportCategories', true],
  ['reports', 'processId', 'processes', true],
  ['reportQualityAreas', 'reportId', 'reports'],
  ['reportQualityAreas', 'qualityAreaId', 'qualityAreas'],
  ['reportActions', 'reportId', 'reports'],
  ['reportActions', 'actionId', 'actions'],
  ['reportRisks', 'reportId', 'reports'],
  ['reportRisks', 'riskId', 'risks'],
  ['reportAnalyses', 'planId', 'plan'],
  ['controlReportMeasures', 'controlId', 'controls'],
];

const ID_KEY = /(^id$|Id$)/;

function idsOf(data: BundleData, table: keyof BundleData): Set<unknown> {
  const value = data[table];
  const rows = Array.isArray(value) ? value : [value];
  return new Set(rows.map((row) => (row as { id?: unknown }).id));
}

function* strings(value: unknown, key = ''): Generator<string> {
  if (typeof value === 'string') {
    if (!ID_KEY.test(key)) yield value;
  } else if (Array.isArray(value)) {
    for (const item of value) yield* strings(item, key);
  } else if (value && typeof value === 'object') {
    for (const [child, item] of Object.entries(value)) yield* strings(item, child);
  }
}

/** Problems that make a well-formed data.json unfit to import, as keys whose text also names the file; empty when it is fit. */
export function bundleDataProblems(data: BundleData): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  if (data.plan.unitId !== data.unit.id) problems.push({ key: 'bundles.planOfOtherUnit', params: {} });
  for (const table of BUNDLE_TABLES) {
    const rows = data[table] as { id?: string }[];
    if (rows[0] && 'id' in rows[0] && new Set(rows.map((row) => row.id)).size !== rows.length) {
      problems.push({ key: 'bundles.duplicateId', params: { table } });
    }
  }
  for (const [table, column, parent, nullable] of REFERENCES) {
    const parents = idsOf(data, parent);
    const orphans = (data[table] as Record<string, unknown>[]).filter((row) => !(nullable && row[column] === null) && !parents.has(row[column]));
    if (orphans.length > 0) problems.push({ key: 'bundles.orphanRows', params: { table, count: orphans.length, column } });
  }
  // The register's own problems come first: they say which report to correct.
  problems.push(...reportProblems(data));
  if ([...strings(data)].some(containsPersonalIdentityNumber)) {
    problems.push({ key: 'bundles.personalIdentityNumber', params: {} });
  }
  return problems;
}
