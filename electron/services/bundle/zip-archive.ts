import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { BUNDLE_LIMITS, ENTRY_NAME } from '../../../shared/bundle/format';
import { AppError } from '../../../shared/errors';
import { ASK_FOR_NEW, bundleError } from './bundle-error';

/** A zip of flat files; the time stamp inside is the export's, so the same export always gives the same bytes. */
export function packZip(files: Record<string, Uint8Array>, at: Date): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: at }]])), { level: 6 });
}

/**
 * Opens an untrusted zip. Names and sizes are checked from the zip's directory before anything is
 * inflated, and inflating never writes past the size the directory declares, so a zip bomb stays small.
 */
export function unpackZip(bytes: Uint8Array, fileName: string, only?: (name: string) => boolean): Unzipped {
  const seen = new Set<string>();
  try {
    return unzipSync(bytes, {
      filter(entry) {
        if (!ENTRY_NAME.test(entry.name)) {
          throw bundleError(fileName, `Paketet innehåller en fil med ett otillåtet namn (${JSON.stringify(entry.name)}). ${ASK_FOR_NEW}`);
        }
        if (seen.has(entry.name)) throw bundleError(fileName, `Filen ${entry.name} finns två gånger i paketet. ${ASK_FOR_NEW}`);
        seen.add(entry.name);
        if (seen.size > BUNDLE_LIMITS.entries) throw bundleError(fileName, `Paketet innehåller fler filer än ett årspaket kan ha. ${ASK_FOR_NEW}`);
        if (entry.originalSize > BUNDLE_LIMITS.entryBytes) {
          throw bundleError(fileName, `Filen ${entry.name} i paketet är orimligt stor (${Math.round(entry.originalSize / 1e6)} MB). ${ASK_FOR_NEW}`);
        }
        return only ? only(entry.name) : true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bundleError(fileName, `Filen går inte att öppna som ett årspaket: den är skadad, avkortad eller inte ett paket från Kvalitetshjulet. ${ASK_FOR_NEW}`);
  }
}
