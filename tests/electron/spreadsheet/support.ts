import fs from 'node:fs';
import path from 'node:path';
import type { Repositories } from '../../../db/repositories';
import { importPlanFile } from '../../../electron/services/plan-files';
import { PlanContent } from '../../../shared/domain/plan-content';

export const FIXTURES = path.resolve('tests/fixtures/plans');
export const ACTOR = 'Testaren';

export function fixture(name: string): { fileName: string; bytes: Uint8Array } {
  return { fileName: name, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) };
}

/** A plan's content as an import yields it: the repository adds carry-over links that are not content. */
export function contentOf(repos: Repositories, planId: string): PlanContent {
  return PlanContent.parse(repos.planContent(planId));
}

export function unitNamed(repos: Repositories, name: string): string {
  return (repos.units.findByName(name) ?? repos.units.create(name)).id;
}

export async function importFixture(repos: Repositories, unitName: string, year: number, name: string) {
  return importPlanFile(repos, { unitId: unitNamed(repos, unitName), year, ...fixture(name), actor: ACTOR });
}

/** Everything a failed import must leave alone, to compare before and after. */
export function databaseState(repos: Repositories) {
  return {
    units: repos.units.list(),
    plans: repos.plans.list().map((plan) => ({ ...plan, content: contentOf(repos, plan.id) })),
  };
}

/** CSV text as Swedish Excel saves it: semicolons, CRLF and a UTF-8 BOM. */
export function swedishCsv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}
