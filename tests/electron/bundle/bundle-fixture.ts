import fs from 'node:fs';
import path from 'node:path';
import type { Repositories } from '../../../db/repositories';
import { frozenClock, tempDir } from '../../support/temp-db';
import { createBundleExport } from '../../../electron/services/bundle/bundle-export';
import { createOutbox } from '../../../electron/services/bundle/outbox';

/** A small stand-in for the people-facing documents: the bundle mechanics do not depend on what they hold. */
export const oneDocument = async (planId: string) => ({ 'kvalitetsrapport.pdf': new TextEncoder().encode(`%PDF rapport ${planId}`) });

export function exporter(repos: Repositories, shared = tempDir('kh-share-'), clockStart = '2026-11-24T09:00:00.000Z') {
  fs.mkdirSync(shared, { recursive: true });
  repos.settings.setSharedFolder(shared);
  const outbox = createOutbox(path.join(tempDir('kh-outbox-'), 'outbox'));
  const bundles = createBundleExport({ repos, outbox, clock: frozenClock(clockStart), appVersion: 'test', documents: oneDocument });
  return { shared, outbox, bundles };
}

/** Every row of the tables a bundle touches, for "nothing changed" assertions. */
export function tableDigest(repos: Repositories): string {
  const units = repos.units.list();
  const plans = units.flatMap((unit) => repos.plans.list(unit.id));
  return JSON.stringify({ units, bundles: repos.bundles.imported(), plans: plans.map((plan) => repos.bundles.read(plan.id)) });
}
