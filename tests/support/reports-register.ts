import type { Repositories } from '../../db/repositories';
import { FIXTURE_PROCESSES, PREVIOUS_YEAR, THIS_YEAR, type FixtureReport } from './reports-fixture';

export const REGISTER_UNIT = 'Barn och unga – register';

/** The register's unit with its default categories and its 2025 and 2026 plans, each with the fixture's two processes. */
export function fixtureUnitPlans(repos: Repositories) {
  repos.settings.setUserName('EC');
  const unit = repos.units.create(REGISTER_UNIT);
  const categories = repos.reports.categories.list(unit.id);
  const plans = [2025, 2026].map((year) => {
    const plan = repos.plans.create({ unitId: unit.id, year }, 'EC');
    for (const name of FIXTURE_PROCESSES) repos.processes.create(plan.id, { name, group: 'main', responsibleTeam: '' }, 'EC');
    return repos.planDetail(plan.id);
  });
  return { unit, categories, plans };
}

/** The unit's 2025 and 2026 plans and the fixture's reports filed under them. */
export function fillFixtureRegister(repos: Repositories) {
  const { unit, categories, plans } = fixtureUnitPlans(repos);
  const ids = new Map<number, string>();
  const file = (report: FixtureReport) => {
    const plan = plans.find((candidate) => candidate.year === Number(report.receivedOn.slice(0, 4)))!;
    const created = repos.reports.create(
      plan.id,
      {
        receivedOn: report.receivedOn,
        kind: report.kind,
        categoryId: categories.find((category) => category.kind === report.kind && category.name === report.category)!.id,
        channel: null,
        anonymous: report.anonymous ?? false,
        caseRef: `R-${report.n}`,
        subject: `Rapport ${report.n}`,
        description: '',
        processId: plan.processes.find((process) => process.name === report.process)?.id ?? null,
        qualityAreaIds: report.areas.map((name) => plan.qualityAreas.find((area) => area.name === name)!.id),
      },
      'EC',
    );
    repos.reports.update(created.id, {
      investigatedOn: report.investigatedOn,
      feedbackOn: report.feedbackOn ?? null,
      ...(report.kind === 'lex_sarah' ? { serious: report.serious ?? null, ivoReportedOn: report.ivoReportedOn ?? null } : {}),
    });
    ids.set(report.n, created.id);
  };
  [...PREVIOUS_YEAR, ...THIS_YEAR].forEach(file);
  return { unit, previousPlan: plans[0]!, plan: plans[1]!, ids };
}
