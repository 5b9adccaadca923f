import { afterEach, describe, expect, it } from 'vitest';
import { demoPlanContent } from '../../../db/demo-content';
import type { AppServices } from '../../../electron/app/app-services';
import { exportPlanFile, importPlanFile } from '../../../electron/services/plan-files';
import type { PlanContent } from '../../../shared/domain/plan-content';
import { RiskMatrix } from '../../../shared/risk-matrix/matrix';
import { action, at, control, process, risk } from '../../fixtures/plans/builders';
import { seed000 } from '../../fixtures/plans/seed-000';
import { seed002 } from '../../fixtures/plans/seed-002';
import { seed004 } from '../../fixtures/plans/seed-004';
import { testServices } from '../../support/services';
import { ACTOR, contentOf, unitNamed } from './support';

let services: AppServices;
afterEach(() => services?.close());

const areas = ['Bemötande och förhållningssätt', 'Rättssäkerhet', 'Delaktighet', 'Trygghet'];

/** A plan unlike the defaults in every way the template has to carry. */
function customPlan(): PlanContent {
  const scale = (labels: string[]) => labels.map((label, index) => ({ label, description: index % 2 === 0 ? `Beskrivning av ”${label}”; med semikolon.` : '' }));
  return {
    meta: { diarienummer: '2024', adoptedOn: '2026-02-14', decisionBody: 'Individ- och familjenämnden', processOwner: 'Avdelningschef' },
    qualityAreas: areas,
    improvementAreas: ['Fler barnsamtal.', 'Kortare väntetider, "helst" under 14 dagar.\nFöljs upp varje tertial.'],
    matrix: RiskMatrix.parse({
      likelihood: scale(['Sällan', 'Ibland', 'Ofta', 'Mycket ofta', 'Dagligen']),
      consequence: scale(['1 – Ingen', '2 – Liten', '3 – Märkbar', '4 – Stor', '5 – Katastrofal']),
      riskLevels: [
        { name: 'Försumbar', color: '#E0E0E0' },
        { name: 'Låg', color: '#2e7d32' },
        { name: 'Medel', color: '#f9a825' },
        { name: 'Hög', color: '#ef6c00' },
        { name: 'Kritisk', color: '#4a148c' },
      ],
      // A lookup grid that is not S×K: a likely but small harm stays low, an unlikely disaster is critical.
      grid: [
        [0, 0, 1, 3, 4],
        [0, 1, 2, 3, 4],
        [1, 1, 2, 4, 4],
        [1, 2, 3, 4, 4],
        [1, 2, 3, 4, 4],
      ],
      threshold: null,
    }),
    processes: [
      process('Process utan risker', 'Gruppen', []),
      process('Mottagning', '', [
        risk('Risk utan kontroller och åtgärder'),
        risk('Barnets röst hörs inte', {
          owner: 'Gruppledare',
          areas: [],
          inherent: at(5, 1),
          residual: at(1, 5),
          controls: [control('=SUMMA(A1) ska läsas som text', { method: 'survey', frequency: 'once', measureKind: 'number', targetValue: -2.25, targetUnit: 'st', targetDirection: 'at_most', tolerance: 2.5 })],
          actions: [
            action('Första åtgärden', { owner: 'Anna', dueDate: '2026-12-31', status: 'cancelled', followUp: 'Rad ett\nRad två' }),
            action('Andra åtgärden, "citerad"', { status: 'in_progress' }),
            action('Tredje åtgärden'),
          ],
        }),
      ]),
      process(
        'Stöd',
        'Kvalitetsgruppen',
        [
          {
            ...risk('Risk med egna områden', { owner: '2019', inherent: at(3, 3), controls: [control('Ett', { method: 'count', frequency: 'continuous', measureKind: 'count', targetValue: 0 })] }),
            qualityAreas: ['Bemötande och förhållningssätt', 'Trygghet'],
          },
        ],
        'support',
      ),
    ],
  };
}

/** Export from one unit, import into another, and compare what the two plans hold. */
async function roundTrip(content: PlanContent): Promise<PlanContent> {
  services = testServices();
  const { repos } = services;
  const source = repos.lifecycle.createWithContent(unitNamed(repos, 'Källenheten'), 2026, undefined, content, ACTOR);
  const file = await exportPlanFile(repos, source);
  const report = await importPlanFile(repos, { unitId: unitNamed(repos, 'Målenheten'), year: 2026, ...file, actor: ACTOR });
  if (!report.imported) throw new Error(JSON.stringify(report.problems, null, 2));
  expect(contentOf(repos, source)).toEqual(content);
  return contentOf(repos, report.plan.id);
}

describe('export, then import', () => {
  it.each([
    ['seed 000', seed000.content],
    ['seed 002', seed002.content],
    ['seed 004', seed004.content],
  ])('gives back exactly the plan of %s', async (_name, content) => {
    expect(await roundTrip(content)).toEqual(content);
  });

  it('gives back a custom 5 × 5 matrix, its lookup grid, custom areas and every kind of field', async () => {
    const content = customPlan();
    expect(await roundTrip(content)).toEqual(content);
  });

  it('gives back a matrix whose levels share a name, by writing level numbers', async () => {
    const content = customPlan();
    content.matrix = { ...content.matrix, riskLevels: content.matrix.riskLevels.map((level, index) => ({ ...level, name: index < 2 ? 'Låg' : level.name })), threshold: 1 };
    expect(await roundTrip(content)).toEqual(content);
  });

  it('gives back an adopted plan with carried-over actions, and leaves it adopted', async () => {
    services = testServices();
    const { repos } = services;
    const unitId = unitNamed(repos, 'Enheten');
    const adopted = repos.lifecycle.createWithContent(unitId, 2025, undefined, demoPlanContent(), ACTOR);
    repos.lifecycle.setStatus(adopted, 'adopted', ACTOR);
    const rolled = repos.lifecycle.rollover(adopted, ACTOR);
    for (const planId of [adopted, rolled]) {
      const file = await exportPlanFile(repos, planId);
      const report = await importPlanFile(repos, { unitId: unitNamed(repos, `Kopia ${planId}`), year: 2026, ...file, actor: ACTOR });
      expect(report.imported && contentOf(repos, report.plan.id)).toEqual(contentOf(repos, planId));
    }
    expect(repos.planDetail(adopted).status).toBe('adopted');
  });

  it('names the file after the unit and year', async () => {
    services = testServices();
    const { repos } = services;
    const planId = repos.lifecycle.createWithContent(unitNamed(repos, 'Barn och unga: Norra / Södra'), 2026, undefined, customPlan(), ACTOR);
    expect((await exportPlanFile(repos, planId)).fileName).toBe('kvalitetsplan-barn-och-unga-norra-södra-2026.xlsx');
  });
});
