import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { deviceSettings } from '../schema';

const USER_NAME = 'user.name';

export function createSettingsRepository(db: AppDatabase) {
  return {
    userName(): string | null {
      return db.select().from(deviceSettings).where(eq(deviceSettings.key, USER_NAME)).get()?.value ?? null;
    },
    setUserName(name: string): void {
      db.insert(deviceSettings)
        .values({ key: USER_NAME, value: name })
        .onConflictDoUpdate({ target: deviceSettings.key, set: { value: name } })
        .run();
    },
  };
}
