import { create } from 'zustand';
import { readSetting, writeSetting } from '../storage';

export const CURRENT_PLAN_SETTING = 'kvalitetshjulet.currentPlanId';

interface CurrentPlanState {
  planId: string | null;
  choose(planId: string): void;
}

/** The plan the user works in, remembered between sessions on this computer. */
export const useCurrentPlan = create<CurrentPlanState>()((set) => ({
  planId: readSetting(CURRENT_PLAN_SETTING),
  choose(planId) {
    writeSetting(CURRENT_PLAN_SETTING, planId);
    set({ planId });
  },
}));
