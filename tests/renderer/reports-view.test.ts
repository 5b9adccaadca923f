import { beforeEach, describe, expect, it } from 'vitest';
import { useCurrentPlan } from '../../renderer/src/plans/current-plan';
import { useReportsView } from '../../renderer/src/reports/view-store';

describe('what the register screen shows', () => {
  beforeEach(() => useReportsView.getState().reset());

  it('goes from a figure of the sammanställning to the register, filtered to the reports behind it', () => {
    useReportsView.getState().showTab('summary');
    useReportsView.getState().setCreating(true);
    useReportsView.getState().drill({ kind: 'klagomal', from: '2026-05-01', to: '2026-08-31' });
    expect(useReportsView.getState()).toMatchObject({ tab: 'register', reportId: null, creating: false, filter: { kind: 'klagomal', from: '2026-05-01', to: '2026-08-31' } });
  });

  it('comes back from a report to its row in the list', () => {
    useReportsView.getState().openReport('r1');
    expect(useReportsView.getState()).toMatchObject({ reportId: 'r1', returnTo: null });
    useReportsView.getState().closeReport();
    expect(useReportsView.getState()).toMatchObject({ reportId: null, returnTo: 'r1' });
  });

  it('starts over when another plan is chosen, whose reports are others', () => {
    useReportsView.getState().setFilter({ status: 'mottagen' });
    useReportsView.getState().openReport('r1');
    useCurrentPlan.getState().choose(`plan-${Math.random()}`);
    expect(useReportsView.getState()).toMatchObject({ tab: 'register', reportId: null, filter: {} });
  });
});
