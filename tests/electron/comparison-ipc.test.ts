import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/app/app-services';
import { YearComparison } from '../../shared/comparison';
import { COMPARED, comparisonFixture, UNITS } from '../support/comparison-fixture';
import { testServices } from '../support/services';

let services: AppServices;
beforeAll(() => {
  services = testServices();
  comparisonFixture(services.repos, services.database.db);
});
afterAll(() => services.close());

describe('comparison:year', () => {
  it('answers with the whole comparison, valid against its contract', async () => {
    const result = await services.dispatcher.invoke('comparison:year', { year: 2025 });
    if (!result.ok) throw new Error(result.error.message);
    const comparison = YearComparison.parse(result.value);
    expect(comparison.units.map((unit) => unit.name)).toEqual([UNITS.children, UNITS.family, UNITS.adults]);
    expect(comparison.controls.map((row) => row.definition)).toEqual([COMPARED.heard, COMPARED.days, COMPARED.sip, COMPARED.lexSarah]);
  });

  it('narrows to a quality area, and treats a blank one as none', async () => {
    const narrowed = await services.dispatcher.invoke('comparison:year', { year: 2025, qualityArea: ' tillgänglighet ' });
    expect(narrowed).toMatchObject({ ok: true, value: { qualityArea: 'Tillgänglighet', controls: [{ definition: COMPARED.days }, { definition: COMPARED.sip }] } });
    const blank = await services.dispatcher.invoke('comparison:year', { year: 2025, qualityArea: '' });
    expect(blank).toMatchObject({ ok: true, value: { qualityArea: null } });
  });

  it('refuses a year that is not a plan year, in Swedish', async () => {
    expect(await services.dispatcher.invoke('comparison:year', { year: 25 })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation.planYearEarly', params: { field: 'year', minimum: 2000 }, message: 'Året måste vara 2000 eller senare.' },
    });
    expect(await services.dispatcher.invoke('comparison:year', { year: 2025, unit: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
