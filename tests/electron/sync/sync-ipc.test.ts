import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncStatus } from '../../../shared/ipc/sync';
import { SYNC_FOLDER } from '../../../shared/sync/file-format';
import type { AppServices } from '../../../electron/app/app-services';
import { smallPlan } from '../../support/plan-fixture';
import { testServices } from '../../support/services';
import { tempDir } from '../../support/temp-db';

let services: AppServices | undefined;
afterEach(() => services?.close());

describe('sync over IPC', () => {
  it('tells the renderer that no folder is chosen, then syncs on demand and reports the round', async () => {
    services = testServices();
    services.repos.settings.setUserName('Anna');
    smallPlan(services.repos);
    const before = await services.dispatcher.invoke('sync:status', {});
    expect(before).toMatchObject({ ok: true, value: { state: 'not-chosen', folder: null } });

    const folder = tempDir('kh-sync-ipc-');
    await services.dispatcher.invoke('settings:setSharedFolder', { folder });
    const waiting = await services.dispatcher.invoke('sync:status', {});
    expect(waiting.ok && SyncStatus.parse(waiting.value).pending).toBeGreaterThan(0);

    const after = await services.dispatcher.invoke('sync:now', {});
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    const status = SyncStatus.parse(after.value);
    expect(status).toMatchObject({ state: 'ready', folder, pending: 0, problem: null, warnings: [] });
    expect(status.lastRound!.sent).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(folder, SYNC_FOLDER))).toHaveLength(1);
  });

  it('refuses input it does not expect', async () => {
    services = testServices();
    expect(await services.dispatcher.invoke('sync:now', { folder: '/tmp' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
