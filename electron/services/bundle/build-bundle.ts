import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DATA_FILE, MANIFEST_FILE, bundleFileName } from '../../../shared/bundle/format';
import type { Manifest } from '../../../shared/bundle/manifest';
import type { BundleData } from '../../../db/bundle';
import { sha256Of } from '../shared-folder/write-verified';
import type { PlanDocuments } from '../documents/documents-input';
import { packZip } from './zip-archive';

export interface BundleMeta {
  bundleId: string;
  exportedAt: string;
  exportedBy: string;
  appVersion: string;
}

export interface BuiltBundle {
  fileName: string;
  bytes: Uint8Array;
  manifest: Manifest;
}

/** data.json, the people-facing documents and the manifest listing them all, packed as one zip. */
export function packBundle(data: BundleData, documents: PlanDocuments, meta: BundleMeta): BuiltBundle {
  const files: Record<string, Uint8Array> = { [DATA_FILE]: new TextEncoder().encode(JSON.stringify(data)), ...documents };
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: meta.bundleId,
    unit: { id: data.unit.id, name: data.unit.name },
    year: data.plan.year,
    planId: data.plan.id,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    appVersion: meta.appVersion,
    files: Object.entries(files).map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256Of(bytes) })),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  return {
    fileName: bundleFileName(data.unit.name, data.plan.year, meta.exportedAt),
    bytes: packZip({ [MANIFEST_FILE]: manifestBytes, ...files }, new Date(meta.exportedAt)),
    manifest,
  };
}
