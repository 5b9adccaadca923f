import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_LIMITS, DATA_FILE, MANIFEST_FILE } from '../../../shared/bundle/format';
import { Manifest, ManifestHead } from '../../../shared/bundle/manifest';
import { BundleData, bundleDataProblems } from '../../../db/bundle';
import { sha256Of } from '../shared-folder/write-verified';
import { bundleError } from './bundle-error';
import { unpackZip } from './zip-archive';

export interface VerifiedBundle {
  fileName: string;
  sha256: string;
  manifest: Manifest;
  data: BundleData;
}

function parseJson(bytes: Uint8Array | undefined, fileName: string, entry: string): unknown {
  if (!bytes) throw bundleError('bundles.entryMissing', { file: fileName, entry });
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw bundleError('bundles.damagedEntry', { file: fileName, entry });
  }
}

/** Reads and checks a manifest: first that it is ours and of a version this app understands, then its whole form. */
export function parseManifest(bytes: Uint8Array | undefined, fileName: string): Manifest {
  const head = ManifestHead.safeParse(parseJson(bytes, fileName, MANIFEST_FILE));
  if (!head.success || head.data.format !== BUNDLE_FORMAT) {
    throw bundleError('bundles.notBundle', { file: fileName });
  }
  if (head.data.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw bundleError('bundles.newerFormat', { file: fileName, format: head.data.formatVersion, supported: BUNDLE_FORMAT_VERSION });
  }
  const manifest = Manifest.safeParse(parseJson(bytes, fileName, MANIFEST_FILE));
  if (!manifest.success) throw bundleError('bundles.badManifest', { file: fileName });
  return manifest.data;
}

function checkFiles(manifest: Manifest, entries: Record<string, Uint8Array>, fileName: string): void {
  const listed = new Set(manifest.files.map((file) => file.name));
  for (const name of Object.keys(entries)) {
    if (name !== MANIFEST_FILE && !listed.has(name)) {
      throw bundleError('bundles.unlistedFile', { file: fileName, entry: name });
    }
  }
  for (const file of manifest.files) {
    const bytes = entries[file.name];
    if (!bytes) throw bundleError('bundles.entryMissing', { file: fileName, entry: file.name });
    if (bytes.length !== file.size) {
      throw bundleError('bundles.wrongSize', { file: fileName, entry: file.name, actual: bytes.length, expected: file.size });
    }
    if (sha256Of(bytes) !== file.sha256) {
      throw bundleError('bundles.checksum', { file: fileName, entry: file.name });
    }
  }
}

function parseData(bytes: Uint8Array | undefined, manifest: Manifest, fileName: string): BundleData {
  const parsed = BundleData.safeParse(parseJson(bytes, fileName, DATA_FILE));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw bundleError('bundles.badShape', { file: fileName, where });
  }
  const data = parsed.data;
  if (data.unit.id !== manifest.unit.id || data.plan.id !== manifest.planId || data.plan.year !== manifest.year) {
    throw bundleError('bundles.mismatch', { file: fileName });
  }
  const [problem] = bundleDataProblems(data);
  if (problem) throw bundleError(problem.key, { file: fileName, ...problem.params } as never);
  return data;
}

/**
 * Everything a bundle must pass before anything of it is trusted: size, zip entry names, the
 * manifest's format and version, each file's size and SHA-256, and the data's form and references.
 */
export function verifyBundleBytes(bytes: Uint8Array, fileName: string): VerifiedBundle {
  if (bytes.length > BUNDLE_LIMITS.bundleBytes) {
    throw bundleError('bundles.tooLarge', { file: fileName, megabytes: Math.round(bytes.length / 1e6) });
  }
  const entries = unpackZip(bytes, fileName);
  const manifest = parseManifest(entries[MANIFEST_FILE], fileName);
  checkFiles(manifest, entries, fileName);
  return { fileName, sha256: sha256Of(bytes), manifest, data: parseData(entries[DATA_FILE], manifest, fileName) };
}
