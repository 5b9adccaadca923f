import { z } from 'zod';
import { Id, Timestamp } from '../domain/ids';
import { BUNDLE_FORMAT, ENTRY_NAME } from './format';

export const ManifestFile = z.object({
  name: z.string().regex(ENTRY_NAME),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** The bundle's table of contents: who, which year, when, and every file's size and checksum. */
export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  bundleId: Id,
  unit: z.object({ id: Id, name: z.string().min(1).max(200) }),
  year: z.number().int().min(2000).max(2100),
  planId: Id,
  exportedAt: Timestamp,
  exportedBy: z.string().max(200),
  appVersion: z.string().max(40),
  files: z.array(ManifestFile).min(1),
});
export type Manifest = z.infer<typeof Manifest>;

/** What a reader needs before trusting the rest: the format and its version. */
export const ManifestHead = z.object({ format: z.string(), formatVersion: z.number() });
