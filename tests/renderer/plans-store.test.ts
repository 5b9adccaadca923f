import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../shared/domain/plan';
import type { Api } from '../../shared/ipc/contract';
import { usePlans } from '../../renderer/src/plans/plans';

const unitId = '6f1c2a1e-0000-4000-8000-000000000001';

function plan(year: number, title = `Kvalitetsplan ${year}`): Plan {
  return {
    id: `6f1c2a1e-0000-4000-8000-00000000${year}`,
    unitId,
    unitName: 'Barn och unga',
    year,
    title,
    createdAt: '2026-03-31T08:00:00.000Z',
    updatedAt: '2026-03-31T08:00:00.000Z',
  };
}

function stubApi(plans: Partial<Api['plans']>): void {
  vi.stubGlobal('window', { api: { plans } as unknown as Api });
}

beforeEach(() => usePlans.setState({ plans: [], status: 'idle', loadError: null }));
afterEach(() => vi.unstubAllGlobals());

describe('plans store', () => {
  it('loads the plans newest year first', async () => {
    stubApi({ list: async () => ({ ok: true, value: [plan(2024), plan(2026), plan(2025)] }) });
    await usePlans.getState().load();
    expect(usePlans.getState().status).toBe('ready');
    expect(usePlans.getState().plans.map((p) => p.year)).toEqual([2026, 2025, 2024]);
  });

  it('keeps the list as it was and hands back the Swedish message when the server refuses', async () => {
    usePlans.setState({ plans: [plan(2026)], status: 'ready' });
    const refusal = { code: 'CONFLICT', message: 'Barn och unga har redan en kvalitetsplan för 2026.' } as const;
    stubApi({ create: async () => ({ ok: false, error: refusal }) });

    const result = await usePlans.getState().create({ unitId, year: 2026 });

    expect(result).toEqual({ ok: false, error: refusal });
    expect(usePlans.getState().plans).toEqual([plan(2026)]);
  });

  it('places a created plan by its year', async () => {
    usePlans.setState({ plans: [plan(2026), plan(2024)], status: 'ready' });
    stubApi({ create: async () => ({ ok: true, value: plan(2025) }) });
    await usePlans.getState().create({ unitId, year: 2025 });
    expect(usePlans.getState().plans.map((p) => p.year)).toEqual([2026, 2025, 2024]);
  });

  it('turns a transport that throws into an error the user can read', async () => {
    stubApi({
      list: async () => {
        throw new Error('ipc closed');
      },
    });
    await usePlans.getState().load();
    expect(usePlans.getState().status).toBe('failed');
    expect(usePlans.getState().loadError).toMatch(/^Programmet fick inget svar från sin databas/);
  });
});
