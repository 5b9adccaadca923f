import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../../db/connection';
import type { Repositories } from '../../db/repositories';
import { importedBundles, units } from '../../db/schema';
import type { ChecklistItemInput } from '../../shared/checklists/item';
import { TemplateContent } from '../../shared/checklists/template';
import { newPlanContent } from '../../shared/domain/new-plan';
import type { ActionContent, PlanContent, RiskContent } from '../../shared/domain/plan-content';
import type { ActionStatus } from '../../shared/domain/plan-enums';
import { matrixPresets } from '../../shared/risk-matrix/presets';
import { ACTOR, control, runWith } from './checklist-fixture';

/** The controls as their definitions read in the first unit; the others spell two of them differently. */
export const COMPARED = {
  heard: 'Andel utredningar där barnet har hörts',
  days: 'Dagar till beslut (median)',
  sip: 'Andel klienter med samordnad individuell plan',
  lexSarah: 'Antal lex Sarah-rapporter',
} as const;

export const UNITS = { children: 'Barn och unga', family: 'Familjerätten', adults: 'Vuxen – missbruk', elderly: 'Äldreomsorg' } as const;
export const EXPORTED_AT = '2026-01-20T09:00:00.000Z';

const matrix = (id: string) => matrixPresets.find((preset) => preset.id === id)!.build();
const action = (status: ActionStatus): ActionContent => ({ text: `Åtgärd (${status})`, owner: '', dueDate: null, status, followUp: '' });
const risk = (text: string, fields: Partial<RiskContent>): RiskContent => ({
  text,
  owner: '',
  qualityAreas: [],
  inherent: null,
  residual: null,
  controls: [],
  actions: [],
  ...fields,
});

function plan(repos: Repositories, unitName: string, year: number, content: Partial<PlanContent>): string {
  const unit = repos.units.findByName(unitName) ?? repos.units.create(unitName);
  return repos.lifecycle.createWithContent(unit.id, year, undefined, { ...newPlanContent(), ...content }, ACTOR);
}

const controlIdOf = (repos: Repositories, planId: string, definition: string) =>
  repos.planDetail(planId).processes.flatMap((p) => p.risks.flatMap((r) => r.controls)).find((c) => c.definition === definition)!.id;

/** A checklist whose items feed the given controls; answers per case by item position. */
function answered(repos: Repositories, planId: string, items: ChecklistItemInput[], date: string, cases: unknown[][]): void {
  const templateId = repos.checklists.templates.create(planId, TemplateContent.parse({ name: 'Ärendedragning', items }), ACTOR);
  runWith(repos, templateId, date, cases);
}

/**
 * Four units for 2025, with figures to count by hand (see tests/db/comparison):
 * - Barn och unga (local, Socialstyrelsen 4×4): hörts yes, yes, no, n/a → 66,7 % against minst 90 ± 10 (red);
 *   days 100, 150, 130 → median 130 against högst 120 ± 20 (yellow); lex Sarah 2 by hand, no target.
 *   Risks: 2×3 after action (Måttlig), 4×4 before only (Mycket hög), one unassessed. Actions: one of each status.
 * - Familjerätten (local, 3×3 grön/gul/röd, its own quality areas): the hörts control in lower case, no answers.
 *   Risks: 1×2 after action (Grön), 3×3 before (Röd). One action in progress.
 * - Vuxen – missbruk (imported): days with a double space, 85 by hand against högst 90 (green); SIP
 *   yes, yes, yes, no → 75 % against minst 80 ± 5 (yellow). Risk 3×3 after action on 5×5 (Måttlig). Two actions done.
 * - Äldreomsorg: a plan for 2026 only.
 */
export function comparisonFixture(repos: Repositories, db: AppDatabase) {
  const children = plan(repos, UNITS.children, 2025, {
    processes: [
      {
        name: 'Utredning',
        group: 'main',
        responsibleTeam: '',
        risks: [
          risk('Barnets röst beaktas inte', {
            qualityAreas: ['Självbestämmande och integritet'],
            inherent: { likelihood: 3, consequence: 4 },
            residual: { likelihood: 2, consequence: 3 },
            controls: [control(COMPARED.heard, { targetValue: 90, tolerance: 10 })],
            actions: [action('in_progress'), action('done')],
          }),
          risk('Utredningen dröjer', {
            qualityAreas: ['Tillgänglighet'],
            inherent: { likelihood: 4, consequence: 4 },
            controls: [control(COMPARED.days, { measureKind: 'number', targetValue: 120, targetUnit: 'dagar', targetDirection: 'at_most', tolerance: 20 })],
            actions: [action('not_started')],
          }),
        ],
      },
      {
        name: 'Lex Sarah',
        group: 'support',
        responsibleTeam: '',
        risks: [
          risk('Missförhållanden rapporteras inte', {
            qualityAreas: ['Trygghet och säkerhet'],
            controls: [control(COMPARED.lexSarah, { method: 'count', measureKind: 'count', targetValue: null, targetUnit: 'st', frequency: 'yearly' })],
            actions: [action('cancelled')],
          }),
        ],
      },
    ],
  });
  answered(
    repos,
    children,
    [
      { kind: 'yes_no_na', text: 'Har barnet hörts?', controlId: controlIdOf(repos, children, COMPARED.heard), aggregation: 'share_yes' },
      { kind: 'number', text: 'Dagar till beslut', unit: 'dagar', min: 0, max: 365, controlId: controlIdOf(repos, children, COMPARED.days), aggregation: 'median' },
    ],
    '2025-06-15',
    [['yes', 100], ['yes', 150], ['no', 130], ['na']],
  );
  repos.results.manual.create({ controlId: controlIdOf(repos, children, COMPARED.lexSarah), periodKind: 'year', periodStart: '2025-01-01', value: 2, analysis: '' }, ACTOR);

  plan(repos, UNITS.family, 2025, {
    qualityAreas: ['Självbestämmande och integritet', 'Rättssäkerhet'],
    matrix: matrix('simple3x3'),
    processes: [
      {
        name: 'utredning',
        group: 'main',
        responsibleTeam: '',
        risks: [
          risk('Barnets röst beaktas inte', {
            qualityAreas: ['Självbestämmande och integritet'],
            inherent: { likelihood: 2, consequence: 2 },
            residual: { likelihood: 1, consequence: 2 },
            controls: [control(COMPARED.heard.toLowerCase(), { targetValue: 90, tolerance: 10 })],
          }),
          risk('Avtal granskas inte', { qualityAreas: ['Rättssäkerhet'], inherent: { likelihood: 3, consequence: 3 }, actions: [action('in_progress')] }),
        ],
      },
    ],
  });

  const adults = plan(repos, UNITS.adults, 2025, {
    qualityAreas: ['Trygghet och säkerhet', 'tillgänglighet'],
    matrix: matrix('stockholm5x5'),
    processes: [
      {
        name: 'Utredning',
        group: 'main',
        responsibleTeam: '',
        risks: [
          risk('Utredningen dröjer', {
            qualityAreas: ['tillgänglighet'],
            inherent: { likelihood: 5, consequence: 4 },
            residual: { likelihood: 3, consequence: 3 },
            controls: [
              control('Dagar till  beslut (median)', { method: 'case_system_report', measureKind: 'number', targetValue: 90, targetUnit: 'dagar', targetDirection: 'at_most', frequency: 'yearly' }),
              control(COMPARED.sip, { targetValue: 80, tolerance: 5 }),
            ],
            actions: [action('done'), action('done')],
          }),
        ],
      },
    ],
  });
  answered(repos, adults, [{ kind: 'yes_no_na', text: 'Finns en SIP?', controlId: controlIdOf(repos, adults, COMPARED.sip), aggregation: 'share_yes' }], '2025-09-01', [
    ['yes'],
    ['yes'],
    ['yes'],
    ['no'],
  ]);
  repos.results.manual.create({ controlId: controlIdOf(repos, adults, 'Dagar till  beslut (median)'), periodKind: 'year', periodStart: '2025-01-01', value: 85, analysis: '' }, ACTOR);
  const adultsUnit = repos.units.findByName(UNITS.adults)!;
  // As the bundle import leaves it: the unit read-only, and which export it came from.
  db.update(units).set({ origin: 'imported' }).where(eq(units.id, adultsUnit.id)).run();
  db.insert(importedBundles)
    .values({ bundleId: '11111111-1111-4111-8111-111111111111', unitId: adultsUnit.id, year: 2025, planId: adults, exportedAt: EXPORTED_AT, fileName: 'vuxen-2025.zip', sha256: 'ab'.repeat(32), importedAt: '2026-02-01T10:00:00.000Z' })
    .run();

  plan(repos, UNITS.elderly, 2026, {});
  return { children, adults };
}
