import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { deviceSettings } from '../schema';

const USER_NAME = 'user.name';
const SHARED_FOLDER = 'sharedFolder.path';

export function createSettingsRepository(db: AppDatabase) {
  const read = (key: string): string | null => db.select().from(deviceSettings).where(eq(deviceSettings.key, key)).get()?.value ?? null;
  const write = (key: string, value: string): void => {
    db.insert(deviceSettings).values({ key, value }).onConflictDoUpdate({ target: deviceSettings.key, set: { value } }).run();
  };
  return {
    read,
    write,
    userName: () => read(USER_NAME),
    setUserName: (name: string) => write(USER_NAME, name),
    /** The unit's folder on the municipality's file share: where yearly bundles go and devices sync. */
    sharedFolder: () => read(SHARED_FOLDER),
    setSharedFolder: (folder: string) => write(SHARED_FOLDER, folder),
  };
}
