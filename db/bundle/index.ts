import { asc } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { importedBundles } from '../schema';
import { importBundleData, type BundleRecord } from './import-bundle-data';
import { readBundleData, type FindPlan } from './read-bundle-data';
import type { BundleData } from './rows';

export { bundleDataProblems } from './consistency';
export type { BundleRecord } from './import-bundle-data';
export { BundleData } from './rows';

/**
 * Yearly bundles: reading a plan out as one, writing a verified one in as an imported unit.
 * The one way into db/bundle; it reads the schema itself and takes the plan lookup from the
 * repositories that compose it, so it never reaches back into their files.
 */
export function createBundleRepository(db: AppDatabase, findPlan: FindPlan) {
  return {
    read: (planId: string) => readBundleData(db, planId, findPlan),
    import: (data: BundleData, record: BundleRecord) => importBundleData(db, data, record),
    imported: () => db.select().from(importedBundles).orderBy(asc(importedBundles.year)).all(),
  };
}
