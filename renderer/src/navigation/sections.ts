export const sections = ['overview', 'qualityPlan', 'riskMatrix', 'checklists', 'results', 'reports', 'export', 'comparison', 'backups'] as const;
export type Section = (typeof sections)[number];

const slugs: Record<Section, string> = {
  overview: 'overview',
  qualityPlan: 'quality-plan',
  riskMatrix: 'risk-matrix',
  checklists: 'checklists',
  results: 'results',
  reports: 'reports',
  export: 'export',
  comparison: 'units-compared',
  backups: 'backups',
};

export function hashFor(section: Section): string {
  return `#/${slugs[section]}`;
}

/** Any hash that names no section (empty, stale, typed by hand) lands on the overview. */
export function sectionFromHash(hash: string): Section {
  const slug = hash.replace(/^#\/?/, '');
  return sections.find((section) => slugs[section] === slug) ?? 'overview';
}
