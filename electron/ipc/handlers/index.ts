import type { Handlers } from '../handler-types';
import type { BackupService } from '../../services/backups/backup-service';
import type { BundleService } from '../../services/bundle/bundle-service';
import type { SyncService } from '../../services/sync/sync-service';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { bundleHandlers } from './bundles';
import { checklistHandlers } from './checklists';
import { comparisonHandlers } from './comparison';
import type { HandlerContext } from './context';
import { matrixHandlers } from './matrix';
import { planPartHandlers } from './plan-parts';
import { planHandlers } from './plans';
import { reportHandlers } from './reports';
import { resultHandlers } from './results';
import { runHandlers } from './runs';
import { settingsHandlers } from './settings';
import { syncHandlers } from './sync';
import { unitHandlers } from './units';

export type { HandlerContext } from './context';

export function createHandlers({
  repos,
  info,
  backups,
  bundles,
  sync,
  chooseFolder,
}: HandlerContext & { backups: BackupService; bundles: BundleService; sync: SyncService }): Handlers {
  return {
    app: appHandlers(info, chooseFolder),
    units: unitHandlers(repos),
    plans: planHandlers(repos),
    ...planPartHandlers(repos),
    matrix: matrixHandlers(repos),
    settings: settingsHandlers(repos),
    bundles: bundleHandlers(bundles),
    checklists: checklistHandlers(repos),
    runs: runHandlers(repos),
    results: resultHandlers(repos),
    comparison: comparisonHandlers(repos, bundles),
    reports: reportHandlers(repos),
    backups: backupHandlers(backups),
    sync: syncHandlers(sync),
  };
}
