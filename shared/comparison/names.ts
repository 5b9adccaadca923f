/** Names typed in different units' plans (quality areas, processes, risk levels) match in any case or spacing. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Every quality area of the plans once, spelled and ordered as the first plan that lists it. */
export function qualityAreaNames(plans: ReadonlyArray<{ qualityAreas: readonly string[] }>): string[] {
  const names = new Map<string, string>();
  for (const plan of plans) {
    for (const name of plan.qualityAreas) if (!names.has(nameKey(name))) names.set(nameKey(name), name.trim());
  }
  return [...names.values()];
}

/** Whether something tagged with these quality areas is in view; a null filter (a name key) shows everything. */
export function inArea(areas: readonly string[], filter: string | null): boolean {
  return filter === null || areas.some((name) => nameKey(name) === filter);
}
