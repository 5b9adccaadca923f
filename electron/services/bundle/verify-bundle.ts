import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_LIMITS, DATA_FILE, MANIFEST_FILE } from '../../../shared/bundle/format';
import { Manifest, ManifestHead } from '../../../shared/bundle/manifest';
import { BundleData, bundleDataProblems } from '../../../db/bundle';
import { sha256Of } from '../shared-folder/write-verified';
import { ASK_FOR_NEW, bundleError } from './bundle-error';
import { unpackZip } from './zip-archive';

export interface VerifiedBundle {
  fileName: string;
  sha256: string;
  manifest: Manifest;
  data: BundleData;
}

function parseJson(bytes: Uint8Array | undefined, fileName: string, entry: string): unknown {
  if (!bytes) throw bundleError(fileName, `Filen ${entry} saknas i paketet. ${ASK_FOR_NEW}`);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw bundleError(fileName, `Filen ${entry} i paketet är skadad och går inte att läsa. ${ASK_FOR_NEW}`);
  }
}

/** Reads and checks a manifest: first that it is ours and of a version this app understands, then its whole form. */
export function parseManifest(bytes: Uint8Array | undefined, fileName: string): Manifest {
  const head = ManifestHead.safeParse(parseJson(bytes, fileName, MANIFEST_FILE));
  if (!head.success || head.data.format !== BUNDLE_FORMAT) {
    throw bundleError(fileName, `Filen är inte ett årspaket från Kvalitetshjulet. ${ASK_FOR_NEW}`);
  }
  if (head.data.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw bundleError(
      fileName,
      `Paketet är skapat av en nyare version av Kvalitetshjulet (format ${head.data.formatVersion}; den här versionen läser format ${BUNDLE_FORMAT_VERSION}). Uppdatera Kvalitetshjulet och importera paketet igen.`,
    );
  }
  const manifest = Manifest.safeParse(parseJson(bytes, fileName, MANIFEST_FILE));
  if (!manifest.success) throw bundleError(fileName, `Paketets innehållsförteckning (manifest.json) är felaktig. ${ASK_FOR_NEW}`);
  return manifest.data;
}

function checkFiles(manifest: Manifest, entries: Record<string, Uint8Array>, fileName: string): void {
  const listed = new Set(manifest.files.map((file) => file.name));
  for (const name of Object.keys(entries)) {
    if (name !== MANIFEST_FILE && !listed.has(name)) {
      throw bundleError(fileName, `Paketet innehåller filen ${name}, som inte står i innehållsförteckningen. ${ASK_FOR_NEW}`);
    }
  }
  for (const file of manifest.files) {
    const bytes = entries[file.name];
    if (!bytes) throw bundleError(fileName, `Filen ${file.name} saknas i paketet. ${ASK_FOR_NEW}`);
    if (bytes.length !== file.size) {
      throw bundleError(fileName, `Filen ${file.name} har fel storlek (${bytes.length} byte i stället för ${file.size}): den är avkortad eller ändrad. ${ASK_FOR_NEW}`);
    }
    if (sha256Of(bytes) !== file.sha256) {
      throw bundleError(fileName, `Filen ${file.name} har ändrats efter exporten (kontrollsumman stämmer inte). ${ASK_FOR_NEW}`);
    }
  }
}

function parseData(bytes: Uint8Array | undefined, manifest: Manifest, fileName: string): BundleData {
  const parsed = BundleData.safeParse(parseJson(bytes, fileName, DATA_FILE));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw bundleError(fileName, `Uppgifterna i paketet har fel form (${where}). ${ASK_FOR_NEW}`);
  }
  const data = parsed.data;
  if (data.unit.id !== manifest.unit.id || data.plan.id !== manifest.planId || data.plan.year !== manifest.year) {
    throw bundleError(fileName, `Innehållsförteckningen och uppgifterna i paketet gäller olika enheter eller år. ${ASK_FOR_NEW}`);
  }
  const [problem] = bundleDataProblems(data);
  if (problem) throw bundleError(fileName, problem.includes('exportera igen') ? problem : `${problem} ${ASK_FOR_NEW}`);
  return data;
}

/**
 * Everything a bundle must pass before anything of it is trusted: size, zip entry names, the
 * manifest's format and version, each file's size and SHA-256, and the data's form and references.
 */
export function verifyBundleBytes(bytes: Uint8Array, fileName: string): VerifiedBundle {
  if (bytes.length > BUNDLE_LIMITS.bundleBytes) {
    throw bundleError(fileName, `Filen är för stor för att vara ett årspaket (${Math.round(bytes.length / 1e6)} MB). ${ASK_FOR_NEW}`);
  }
  const entries = unpackZip(bytes, fileName);
  const manifest = parseManifest(entries[MANIFEST_FILE], fileName);
  checkFiles(manifest, entries, fileName);
  return { fileName, sha256: sha256Of(bytes), manifest, data: parseData(entries[DATA_FILE], manifest, fileName) };
}
