import { asc } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { importedBundles } from '../schema';
import { importBundleData, type BundleRecord } from './import-bundle-data';
import { readBundleData } from './read-bundle-data';
import type { BundleData } from './rows';

/** Yearly bundles: reading a plan out as one, writing a verified one in as an imported unit. */
export function createBundleRepository(db: AppDatabase) {
  return {
    read: (planId: string) => readBundleData(db, planId),
    import: (data: BundleData, record: BundleRecord) => importBundleData(db, data, record),
    imported: () => db.select().from(importedBundles).orderBy(asc(importedBundles.year)).all(),
  };
}
