import { create } from 'zustand';
import type { Cell } from './model/grid-navigation';
import type { Stage } from './model/risk-entries';

/** Where a picked risk came from, so Escape can hand the focus back there. */
export type PickOrigin = 'legend' | 'tray' | 'grid';

interface WorkspaceState {
  stage: Stage;
  processId: string | null;
  qualityAreaId: string | null;
  /** The risk being placed, by keyboard or by clicking a cell. */
  picked: { riskId: string; origin: PickOrigin } | null;
  /** The risk placed last, which Enter in its cell picks first, so it can be moved on at once. */
  recent: string | null;
  /** The grid cell that holds the keyboard focus (roving tabindex). */
  cursor: Cell;
  /** The risk whose assessment at the current stage waits for the user to confirm its removal. */
  pendingClear: string | null;
  /** The last thing that happened, read out by screen readers and shown under the map. */
  announcement: string;
  error: string | null;
  editingMatrix: boolean;
  setStage(stage: Stage): void;
  setFilter(filter: { processId?: string | null; qualityAreaId?: string | null }): void;
  pick(riskId: string, origin: PickOrigin, cursor: Cell): void;
  drop(): void;
  placed(riskId: string): void;
  setCursor(cursor: Cell): void;
  askClear(riskId: string | null): void;
  announce(text: string): void;
  fail(message: string | null): void;
  editMatrix(editing: boolean): void;
  reset(): void;
}

const initial = {
  stage: 'inherent' as Stage,
  processId: null,
  qualityAreaId: null,
  picked: null,
  recent: null,
  cursor: { likelihood: 1, consequence: 1 },
  pendingClear: null,
  announcement: '',
  error: null,
  editingMatrix: false,
};

/** What the user is doing on the Riskmatris screen; the plan itself lives in usePlanDetail. */
export const useMatrixWorkspace = create<WorkspaceState>()((set) => ({
  ...initial,
  setStage: (stage) => set({ stage, picked: null, error: null }),
  setFilter: (filter) => set({ ...filter, picked: null }),
  pick: (riskId, origin, cursor) => set({ picked: { riskId, origin }, cursor, error: null }),
  drop: () => set({ picked: null }),
  placed: (recent) => set({ picked: null, recent }),
  setCursor: (cursor) => set({ cursor }),
  askClear: (riskId) => set({ pendingClear: riskId }),
  announce: (announcement) => set({ announcement, error: null }),
  fail: (error) => set({ error }),
  editMatrix: (editingMatrix) => set({ editingMatrix, picked: null, error: null }),
  reset: () => set(initial),
}));
