import { startAppServices } from '../../electron/app/app-services';

/**
 * A child process that gives answers through the real handler path as fast as it
 * can and prints one line per acknowledged answer, until it is killed.
 * argv: <db file> <migrations folder> <run id> <item ids as JSON> <case prefix>
 */
const [databaseFile, migrationsFolder, runId, itemsJson, prefix] = process.argv.slice(2) as [string, string, string, string, string];
const itemIds = JSON.parse(itemsJson) as string[];
const services = startAppServices({ databaseFile, migrationsFolder, version: 'test', runtime: 'web-harness' });
const values = ['yes', 'no', 'na'];

async function main(): Promise<void> {
  for (let n = 0; ; n++) {
    const added = await services.dispatcher.invoke('runs:addCase', { runId, caseRef: `${prefix}-${n}` });
    if (!added.ok) throw new Error(added.error.message);
    const caseId = (added.value as { id: string }).id;
    for (const [index, itemId] of itemIds.entries()) {
      const value = values[(n + index) % values.length];
      const ack = await services.dispatcher.invoke('runs:answer', { caseId, itemId, value });
      if (!ack.ok) throw new Error(ack.error.message);
      process.stdout.write(`ACK ${caseId} ${itemId} ${value}\n`);
    }
  }
}

void main();
