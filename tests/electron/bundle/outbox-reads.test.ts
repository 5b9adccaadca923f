import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillDemoData } from '../../../db/demo';
import { createBundleExport } from '../../../electron/services/bundle/bundle-export';
import { createOutbox } from '../../../electron/services/bundle/outbox';
import { frozenClock } from '../../support/temp-db';
import { testRepos, type TestRepos } from '../../support/repos';
import { exporter, oneDocument } from './bundle-fixture';

const open: TestRepos[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((made) => made.close());
});

/** One demo bundle waiting in an outbox because the shared folder is away. */
async function waitingBundle() {
  const made = testRepos();
  open.push(made);
  fillDemoData(made.repos, '2026-11-24');
  const unit = made.repos.units.list()[0]!;
  const planId = made.repos.plans.list(unit.id).find((plan) => plan.year === 2026)!.id;
  const { bundles, shared, outbox } = exporter(made.repos);
  fs.rmSync(shared, { recursive: true });
  const { fileName } = await bundles.exportPlan(planId);
  return { repos: made.repos, shared, folder: outbox.folder, file: path.join(outbox.folder, fileName) };
}

/** Counts the whole reads of one file from here on. */
function readsOf(file: string): () => number {
  const readFile = fsPromises.readFile;
  let count = 0;
  vi.spyOn(fsPromises, 'readFile').mockImplementation(((target: Parameters<typeof readFile>[0], options?: Parameters<typeof readFile>[1]) => {
    if (String(target) === file) count += 1;
    return readFile(target, options);
  }) as typeof readFile);
  return () => count;
}

describe('the outbox reads each waiting bundle once', () => {
  it('lists a bundle from one read, and reads it again only when its size or time changes', async () => {
    const { folder, file } = await waitingBundle();
    // A new outbox on the same folder, as after a restart of the app: it knows nothing yet.
    const outbox = createOutbox(folder);
    const reads = readsOf(file);
    for (let asked = 0; asked < 3; asked += 1) {
      expect(await outbox.pending()).toMatchObject([{ fileName: path.basename(file), year: 2026 }]);
    }
    expect(reads()).toBe(1);

    const later = new Date(fs.statSync(file).mtimeMs + 60_000);
    fs.utimesSync(file, later, later);
    await outbox.pending();
    expect(reads()).toBe(2);
  });

  it('delivers a bundle from one read, with the status that follows included', async () => {
    const { repos, shared, folder, file } = await waitingBundle();
    const bundles = createBundleExport({ repos, outbox: createOutbox(folder), clock: frozenClock('2026-11-24T10:00:00.000Z'), appVersion: 'test', documents: oneDocument });
    fs.mkdirSync(shared);
    const reads = readsOf(file);
    const status = await bundles.deliver();
    expect(status).toMatchObject({ pending: [], problem: null, lastDelivery: { fileName: path.basename(file), year: 2026 } });
    expect(fs.readdirSync(shared)).toEqual([path.basename(file)]);
    expect(reads()).toBe(1);
  });
});
