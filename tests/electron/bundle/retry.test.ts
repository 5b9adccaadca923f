import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillDemoData } from '../../../db/demo';
import { createBundleExport } from '../../../electron/services/bundle/bundle-export';
import { verifyBundleFile } from '../../../electron/services/bundle/bundle-import';
import { frozenClock, tempDir } from '../../support/temp-db';
import { testRepos, type TestRepos } from '../../support/repos';
import { exporter, oneDocument } from './bundle-fixture';

const open: TestRepos[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((made) => made.close());
});

function demoPlan() {
  const made = testRepos();
  open.push(made);
  fillDemoData(made.repos, '2026-11-24');
  const unit = made.repos.units.list()[0]!;
  return { repos: made.repos, planId: made.repos.plans.list(unit.id).find((plan) => plan.year === 2026)!.id };
}

const filesIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);

describe('an export to a shared folder that is not there', () => {
  it('waits in the outbox with a Swedish reason and is delivered once the folder is back', async () => {
    const { repos, planId } = demoPlan();
    const { bundles, shared, outbox } = exporter(repos);
    fs.rmSync(shared, { recursive: true });
    const outcome = await bundles.exportPlan(planId);
    expect(outcome.delivered).toBe(false);
    expect(outcome.status.pending.map((item) => item.fileName)).toEqual([outcome.fileName]);
    expect(outcome.status.problem).toMatchObject({ key: 'folders.unreachable', message: expect.stringMatching(/går inte att nå just nu. Kontrollera att datorn är ansluten/) });
    expect(filesIn(outbox.folder)).toEqual([outcome.fileName]);

    fs.mkdirSync(shared);
    const after = await bundles.deliver();
    expect(after).toMatchObject({ pending: [], problem: null, lastDelivery: { fileName: outcome.fileName } });
    expect(filesIn(shared)).toEqual([outcome.fileName]);
    expect(filesIn(outbox.folder)).toEqual([]);
    await verifyBundleFile(path.join(shared, outcome.fileName));
  });

  it('leaves no half bundle when the folder disappears in the middle of writing, and the retry finishes it', async () => {
    const { repos, planId } = demoPlan();
    const { bundles, shared } = exporter(repos);
    const rename = fsPromises.rename;
    vi.spyOn(fsPromises, 'rename').mockImplementation(async (from, to) => {
      if (String(to).startsWith(shared)) {
        fs.rmSync(shared, { recursive: true });
        fs.mkdirSync(shared);
      }
      return rename(from, to);
    });
    const outcome = await bundles.exportPlan(planId);
    expect(outcome.delivered).toBe(false);
    expect(filesIn(shared)).toEqual([]);
    vi.restoreAllMocks();

    const stop = bundles.startRetrying(20);
    await vi.waitFor(async () => expect((await bundles.status()).pending).toEqual([]), { timeout: 5000, interval: 20 });
    stop();
    expect(filesIn(shared)).toEqual([outcome.fileName]);
    await verifyBundleFile(path.join(shared, outcome.fileName));
  });

  it('leaves no half bundle when the folder vanishes while the bundle is built', async () => {
    const { repos, planId } = demoPlan();
    const shared = tempDir('kh-vanishing-');
    repos.settings.setSharedFolder(shared);
    const { outbox } = exporter(repos, shared);
    const bundles = createBundleExport({
      repos,
      outbox,
      clock: frozenClock('2026-11-24T10:00:00.000Z'),
      appVersion: 'test',
      documents: async (id) => {
        fs.rmSync(shared, { recursive: true });
        return oneDocument(id);
      },
    });
    const outcome = await bundles.exportPlan(planId);
    expect(outcome.delivered).toBe(false);
    expect(fs.existsSync(shared)).toBe(false);
    fs.mkdirSync(shared);
    expect((await bundles.deliver()).pending).toEqual([]);
    expect(filesIn(shared)).toEqual([outcome.fileName]);
  });

  it('counts a bundle as delivered when an earlier attempt wrote it but stopped before clearing the outbox', async () => {
    const { repos, planId } = demoPlan();
    const { bundles, shared, outbox } = exporter(repos);
    fs.rmSync(shared, { recursive: true });
    const { fileName } = await bundles.exportPlan(planId);
    fs.mkdirSync(shared);
    fs.copyFileSync(path.join(outbox.folder, fileName), path.join(shared, fileName));
    expect(await bundles.deliver()).toMatchObject({ pending: [], problem: null });
    expect(filesIn(shared)).toEqual([fileName]);
  });

  it('asks for a folder when none is chosen, and keeps the bundle', async () => {
    const { repos, planId } = demoPlan();
    const { bundles } = exporter(repos);
    repos.settings.write('sharedFolder.path', '');
    const outcome = await bundles.exportPlan(planId);
    expect(outcome.status.problem).toMatchObject({ key: 'bundles.noFolder', message: expect.stringMatching(/Ingen gemensam mapp är vald/) });
    expect(outcome.status.pending).toHaveLength(1);
  });
});
