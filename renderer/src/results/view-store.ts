import { create } from 'zustand';
import type { PeriodKind } from '../../../shared/results/periods';
import { useCurrentPlan } from '../plans/current-plan';

/** The period kind the user follows the results by; "natural" lets each control follow its own measuring frequency. */
export type PeriodChoice = 'natural' | PeriodKind;
export const periodChoices: readonly PeriodChoice[] = ['natural', 'month', 'quarter', 'tertial', 'half', 'year'];

interface ResultsViewState {
  choice: PeriodChoice;
  /** The control whose detail is open; null shows the table of every control. */
  controlId: string | null;
  /** The start of the period whose figures are opened up in the detail. */
  drillStart: string | null;
  /** The control the user came back from, so the table can put the focus on it again. */
  returnTo: string | null;
  choose(choice: PeriodChoice): void;
  openControl(controlId: string): void;
  /** From the overview, whose colours follow each control's own measuring frequency: the same figures here. */
  openFromOverview(controlId: string): void;
  closeControl(): void;
  drill(periodStart: string | null): void;
  reset(): void;
}

const initial = { choice: 'natural' as PeriodChoice, controlId: null, drillStart: null, returnTo: null };

/** What the user looks at on the Resultat screen; the figures themselves live in useResultsData. */
export const useResultsView = create<ResultsViewState>()((set) => ({
  ...initial,
  // Another period kind has other period starts, so an opened period no longer exists.
  choose: (choice) => set({ choice, drillStart: null }),
  openControl: (controlId) => set({ controlId, drillStart: null, returnTo: null }),
  openFromOverview: (controlId) => set({ controlId, choice: 'natural', drillStart: null, returnTo: null }),
  closeControl: () => set((state) => ({ controlId: null, drillStart: null, returnTo: state.controlId })),
  drill: (drillStart) => set({ drillStart }),
  reset: () => set(initial),
}));

// Another plan has other controls: start over on its table.
useCurrentPlan.subscribe((state, previous) => {
  if (state.planId !== previous.planId) useResultsView.getState().reset();
});
