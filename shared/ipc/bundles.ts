import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { Id } from '../domain/ids';
import { LocalizedMessage } from '../errors';
import { channel } from './channel';

const FilePath = z.string().trim().min(1, keyed('validation.fileMissing')).max(2000, keyed('validation.pathLong'));
const FolderPath = z.string().trim().min(1, keyed('validation.folderPathMissing')).max(1000, keyed('validation.pathLong'));

export const PendingExport = z.object({
  fileName: z.string(),
  unitName: z.string(),
  year: z.number(),
  exportedAt: z.string(),
  size: z.number(),
  /** A folder given for this export alone (the CLI's --out); otherwise the shared folder of the settings. */
  target: z.string().nullable(),
});
export type PendingExport = z.infer<typeof PendingExport>;

export const Delivery = z.object({
  fileName: z.string(),
  folder: z.string(),
  unitName: z.string(),
  year: z.number(),
  exportedAt: z.string(),
  /** When the bundle was in the shared folder, read back and found identical. */
  verifiedAt: z.string(),
});
export type Delivery = z.infer<typeof Delivery>;

export const ExportStatus = z.object({
  folder: z.string().nullable(),
  lastDelivery: Delivery.nullable(),
  pending: z.array(PendingExport),
  problem: LocalizedMessage.nullable(),
});
export type ExportStatus = z.infer<typeof ExportStatus>;

export const ExportOutcome = z.object({ fileName: z.string(), delivered: z.boolean(), status: ExportStatus });
export type ExportOutcome = z.infer<typeof ExportOutcome>;

export const ImportResult = LocalizedMessage.extend({
  file: z.string(),
  kind: z.enum(['imported', 'replaced', 'unchanged', 'older', 'refused']),
  unitName: z.string().nullable(),
  year: z.number().nullable(),
  exportedAt: z.string().nullable(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const BundleListing = z.object({
  file: z.string(),
  unitName: z.string(),
  year: z.number(),
  exportedAt: z.string(),
  /** Whether this export is the one the database holds, an older one, or not yet imported. */
  state: z.enum(['imported', 'older', 'new']),
});
export type BundleListing = z.infer<typeof BundleListing>;

export const FolderScan = z.object({
  folder: z.string(),
  bundles: z.array(BundleListing),
  unreadable: z.array(LocalizedMessage.extend({ file: z.string() })),
});
export type FolderScan = z.infer<typeof FolderScan>;

/** Yearly bundles: export to the shared folder (with its queue), and import at the socialkontor. */
export const bundlesContract = {
  status: channel('bundles:status', z.object({}).strict(), ExportStatus),
  export: channel('bundles:export', z.object({ planId: Id }).strict(), ExportOutcome),
  /** Tries the waiting bundles again now instead of at the next automatic attempt. */
  retry: channel('bundles:retry', z.object({}).strict(), ExportStatus),
  checkFolder: channel('bundles:checkFolder', z.object({ folder: FolderPath }).strict(), LocalizedMessage.extend({ ok: z.boolean() })),
  scan: channel('bundles:scan', z.object({ folder: FolderPath }).strict(), FolderScan),
  import: channel('bundles:import', z.object({ files: z.array(FilePath).min(1, keyed('validation.bundlesMissing')).max(500) }).strict(), z.array(ImportResult)),
};
