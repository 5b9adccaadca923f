/** What a yearly bundle is called inside its manifest, so a foreign zip is told apart from an old one. */
export const BUNDLE_FORMAT = 'kvalitetshjulet-arspaket';
/** Raised whenever the meaning of data.json changes; an app refuses bundles newer than it understands. 2 added the register of reports. */
export const BUNDLE_FORMAT_VERSION = 2;

export const MANIFEST_FILE = 'manifest.json';
export const DATA_FILE = 'data.json';

/** A bundle holds one unit's year: far below these, and anything above them is not ours or is a zip bomb. */
export const BUNDLE_LIMITS = {
  bundleBytes: 200 * 1024 * 1024,
  entryBytes: 100 * 1024 * 1024,
  entries: 40,
} as const;

/** Flat lower-case names only: nothing that could climb out of a folder or hide as another file. */
export const ENTRY_NAME = /^[a-z0-9][a-z0-9_-]{0,60}\.(json|xlsx|csv|pdf)$/;

/** "kvalitetshjulet-barn-och-familj-2026-20261124-101503.zip": unit and year for people, time so no export overwrites another. */
export function bundleFileName(unitName: string, year: number, exportedAt: string): string {
  const unit =
    unitName
      .toLocaleLowerCase('sv')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'enhet';
  const stamp = exportedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `kvalitetshjulet-${unit}-${year}-${stamp}.zip`;
}
