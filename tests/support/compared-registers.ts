import type { Repositories } from '../../db/repositories';
import { ReportFields } from '../../shared/reports/report';
import { fillFixtureRegister } from './reports-register';

export const SMALL_REGISTER_UNIT = 'Äldreomsorg – hemtjänst';

/** The fixture's register beside a unit of two reports of 2026: a lex Sarah report investigated in 3 days and an avvikelse without a category. */
export function comparedRegisters(repos: Repositories): void {
  fillFixtureRegister(repos);
  const unit = repos.units.create(SMALL_REGISTER_UNIT);
  const plan = repos.plans.create({ unitId: unit.id, year: 2026 }, 'EC');
  const lexSarah = repos.reports.categories.list(unit.id).find((category) => category.kind === 'lex_sarah')!;
  const report = repos.reports.create(plan.id, ReportFields.parse({ kind: 'lex_sarah', receivedOn: '2026-04-01', categoryId: lexSarah.id }), 'EC');
  repos.reports.update(report.id, { investigatedOn: '2026-04-04' });
  repos.reports.create(plan.id, ReportFields.parse({ kind: 'avvikelse', receivedOn: '2026-05-01' }), 'EC');
}
