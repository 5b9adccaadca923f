/**
 * Settings that survive a restart. Storage can be unavailable (private mode,
 * a locked-down profile, tests under Node), and a lost preference must never stop the app.
 */
export function readSetting(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeSetting(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Only a remembered preference is lost; the app keeps working with what it has in memory.
  }
}
