import type { Repositories } from '../../db/repositories';
import { newPlanContent } from '../../shared/domain/new-plan';
import type { Plan } from '../../shared/domain/plan';
import type { ImportReport } from '../../shared/ipc/plans';
import { buildWorkbook, exportFileName } from './documents/plan-workbook/export-workbook';
import { parsePlanFile } from './spreadsheet/import-spreadsheet';

export interface ImportPlanFileInput {
  unitId: string;
  year: number;
  fileName: string;
  bytes: Uint8Array;
  actor: string;
}

export function planOfYear(repos: Repositories, unitId: string, year: number): Plan | undefined {
  return repos.plans.list(unitId).find((plan) => plan.year === year);
}

/**
 * Imports a spreadsheet into the unit's plan for the year: replaces the content of the
 * plan that exists (the repository refuses with LOCKED if it is adopted or archived),
 * otherwise creates the plan. The file is checked completely before anything is
 * written, and the write is one transaction, so a bad file changes nothing.
 */
export async function importPlanFile(repos: Repositories, input: ImportPlanFileInput): Promise<ImportReport> {
  const existing = planOfYear(repos, input.unitId, input.year);
  const parsed = await parsePlanFile(input.fileName, input.bytes, existing ? repos.planContent(existing.id) : newPlanContent());
  if (!parsed.ok) return { imported: false, problems: parsed.problems };
  let planId: string;
  if (existing) {
    // The title is not plan content; an import replaces what the plan holds, not what it is called.
    repos.lifecycle.replaceContent(existing.id, parsed.content, input.actor);
    planId = existing.id;
  } else {
    planId = repos.lifecycle.createWithContent(input.unitId, input.year, parsed.title, parsed.content, input.actor);
  }
  return { imported: true, plan: repos.plans.get(planId), rows: parsed.rows };
}

/** The plan in the spreadsheet template, named after its unit and year. */
export async function exportPlanFile(repos: Repositories, planId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const detail = repos.planDetail(planId);
  const bytes = await buildWorkbook({ title: detail.title, unitName: detail.unitName, year: detail.year }, repos.planContent(planId));
  return { fileName: exportFileName(detail.unitName, detail.year), bytes };
}
