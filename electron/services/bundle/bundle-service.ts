import path from 'node:path';
import type { Clock } from '../../../db/clock';
import type { Repositories } from '../../../db/repositories';
import { writeYearbook } from './yearbook-file';
import { checkFolder } from '../shared-folder/check-folder';
import { createBundleExport } from './bundle-export';
import { createBundleImport } from './bundle-import';
import type { PlanDocuments } from '../documents/documents-input';
import { createOutbox } from './outbox';

export interface BundleServiceOptions {
  repos: Repositories;
  clock: Clock;
  appVersion: string;
  /** The database file's folder: the outbox lives beside it, on this computer. */
  dataFolder: string;
  documents: (planId: string, exportedAt: string) => Promise<PlanDocuments>;
}

/** Export to the shared folder with its waiting queue, import of other units' bundles, the folder check and the kvalitetsbokslut. */
export function createBundleService(options: BundleServiceOptions) {
  const { repos, clock } = options;
  return {
    export: createBundleExport({ ...options, outbox: createOutbox(path.join(options.dataFolder, 'outbox')) }),
    import: createBundleImport(repos, clock),
    checkFolder: (folder: string) => checkFolder(folder, `.kvalitetshjulet-prov-${clock.newId()}.tmp`),
    /** The kvalitetsbokslut PDF of a year into the shared folder, or into `folder` when given (the CLI's --out). */
    yearbook: (year: number, qualityArea: string | null, folder?: string) =>
      writeYearbook(repos, { year, qualityArea, folder: folder ?? (repos.settings.sharedFolder() || null), createdAt: clock.now(), appVersion: options.appVersion }),
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
