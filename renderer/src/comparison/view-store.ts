import { create } from 'zustand';

interface ComparisonViewState {
  /** The year the user chose; null follows the newest year that has plans. */
  year: number | null;
  /** A quality area's name; '' compares everything. */
  qualityArea: string;
  chooseYear(year: number): void;
  chooseArea(qualityArea: string): void;
}

/** What the user compares on Jämför enheter; kept while moving between sections. */
export const useComparisonView = create<ComparisonViewState>()((set) => ({
  year: null,
  qualityArea: '',
  chooseYear: (year) => set({ year }),
  chooseArea: (qualityArea) => set({ qualityArea }),
}));

/** Every year that has a plan, newest first. */
export function planYears(plans: ReadonlyArray<{ year: number }>): number[] {
  return [...new Set(plans.map((plan) => plan.year))].sort((a, b) => b - a);
}

/** The chosen year while it still has plans, else the newest that has. */
export function shownYear(chosen: number | null, years: readonly number[]): number | null {
  return chosen !== null && years.includes(chosen) ? chosen : (years[0] ?? null);
}
