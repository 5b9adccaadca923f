import type { Plan } from '../../../shared/domain/plan';
import type { Unit } from '../../../shared/domain/unit';
import { useCurrentPlan } from './current-plan';
import type { LoadStatus } from '../api/load-status';
import { usePlans } from './plans';
import { useUnits } from './units';

/** Units and plans are shown together, so they load together. */
export async function loadCatalog(): Promise<void> {
  await Promise.all([useUnits.getState().load(), usePlans.getState().load()]);
}

export interface CatalogStatus {
  status: LoadStatus;
  error: string | null;
}

export function useCatalogStatus(): CatalogStatus {
  const units = useUnits((state) => state.status);
  const plans = usePlans((state) => state.status);
  const unitsError = useUnits((state) => state.loadError);
  const plansError = usePlans((state) => state.loadError);
  if (units === 'failed' || plans === 'failed') return { status: 'failed', error: unitsError ?? plansError };
  if (units === 'ready' && plans === 'ready') return { status: 'ready', error: null };
  return { status: units === 'idle' && plans === 'idle' ? 'idle' : 'loading', error: null };
}

export interface CurrentSelection {
  plan: Plan;
  unit: Unit | undefined;
}

/** The chosen plan with its unit, or null when none is chosen or it no longer exists in this database. */
export function useCurrentSelection(): CurrentSelection | null {
  const planId = useCurrentPlan((state) => state.planId);
  const plan = usePlans((state) => state.plans.find((candidate) => candidate.id === planId));
  const unit = useUnits((state) => state.units.find((candidate) => candidate.id === plan?.unitId));
  return plan ? { plan, unit } : null;
}
