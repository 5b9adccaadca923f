import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { BUNDLE_LIMITS, ENTRY_NAME } from '../../../shared/bundle/format';
import { AppError } from '../../../shared/errors';
import { bundleError } from './bundle-error';

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
          throw bundleError('bundles.badEntryName', { file: fileName, entry: JSON.stringify(entry.name) });
        }
        if (seen.has(entry.name)) throw bundleError('bundles.entryTwice', { file: fileName, entry: entry.name });
        seen.add(entry.name);
        if (seen.size > BUNDLE_LIMITS.entries) throw bundleError('bundles.tooManyEntries', { file: fileName });
        if (entry.originalSize > BUNDLE_LIMITS.entryBytes) {
          throw bundleError('bundles.entryTooLarge', { file: fileName, entry: entry.name, megabytes: Math.round(entry.originalSize / 1e6) });
        }
        return only ? only(entry.name) : true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bundleError('bundles.unreadableZip', { file: fileName });
  }
}
