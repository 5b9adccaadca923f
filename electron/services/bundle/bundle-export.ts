import type { Clock } from '../../../db/clock';
import type { Repositories } from '../../../db/repositories';
import type { Delivery, ExportOutcome, ExportStatus } from '../../../shared/ipc/bundles';
import { AppError, LocalizedMessage, localized } from '../../../shared/errors';
import { FolderError } from '../shared-folder/folder-problem';
import { packBundle } from './build-bundle';
import type { PlanDocuments } from '../documents/documents-input';
import type { Outbox } from './outbox';
import { verifyBundleBytes } from './verify-bundle';

export interface BundleExportOptions {
  repos: Repositories;
  outbox: Outbox;
  clock: Clock;
  appVersion: string;
  documents: (planId: string, exportedAt: string) => Promise<PlanDocuments>;
}

const LAST_DELIVERY = 'bundles.lastDelivery';
const PROBLEM = 'bundles.problem';

/** The stored problem as its key; a setting from before keys (or damaged) reads as none until the next attempt rewrites it. */
function storedProblem(stored: string | null): LocalizedMessage | null {
  if (!stored) return null;
  try {
    const parsed = LocalizedMessage.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function problemSetting({ key, params, message }: LocalizedMessage): string {
  return JSON.stringify({ key, params, message });
}

export function createBundleExport({ repos, outbox, clock, appVersion, documents }: BundleExportOptions) {
  const settings = repos.settings;
  let running: Promise<ExportStatus> | null = null;

  async function status(): Promise<ExportStatus> {
    const last = settings.read(LAST_DELIVERY);
    return {
      folder: settings.sharedFolder() || null,
      lastDelivery: last ? (JSON.parse(last) as Delivery) : null,
      pending: await outbox.pending(),
      problem: storedProblem(settings.read(PROBLEM)),
    };
  }

  async function deliverOnce(): Promise<ExportStatus> {
    const folder = settings.sharedFolder() || null;
    try {
      const delivered = await outbox.deliver(folder, () => clock.now());
      const last = delivered.at(-1);
      if (last) settings.write(LAST_DELIVERY, JSON.stringify(last));
      const waiting = (await outbox.pending()).length > 0;
      settings.write(PROBLEM, waiting && !folder ? problemSetting(localized('bundles.noFolder')) : '');
    } catch (error) {
      if (!(error instanceof FolderError)) throw error;
      settings.write(PROBLEM, problemSetting(error.problem));
    }
    return status();
  }

  /** One delivery at a time: a retry tick and a click on "Försök igen" share the same attempt. */
  function deliver(): Promise<ExportStatus> {
    running ??= deliverOnce().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    status,
    deliver,
    /** Builds the plan's yearly bundle, checks it as an importer would, keeps it in the outbox and tries to deliver it. */
    async exportPlan(planId: string, target: string | null = null): Promise<ExportOutcome> {
      const exportedAt = clock.now();
      const data = repos.bundles.read(planId);
      if (repos.units.get(data.plan.unitId).origin === 'imported') {
        throw new AppError('FORBIDDEN', 'bundles.importedUnitExport');
      }
      const built = packBundle(data, await documents(planId, exportedAt), {
        bundleId: clock.newId(),
        exportedAt,
        exportedBy: settings.userName() ?? '',
        appVersion,
      });
      verifyBundleBytes(built.bytes, built.fileName);
      try {
        await outbox.put(built.fileName, built.bytes, target);
      } catch (error) {
        throw new AppError('INTERNAL', 'bundles.saveFailed', { reason: (error as Error).message });
      }
      const after = await deliver();
      return { fileName: built.fileName, delivered: !after.pending.some((item) => item.fileName === built.fileName), status: after };
    },
    /** Retries waiting deliveries now and then, for as long as the app runs. */
    startRetrying(intervalMs: number): () => void {
      const timer = setInterval(() => void deliver().catch((error: unknown) => console.error('[export] leverans misslyckades', error)), intervalMs);
      timer.unref();
      void deliver().catch(() => undefined);
      return () => clearInterval(timer);
    },
  };
}

export type BundleExport = ReturnType<typeof createBundleExport>;
