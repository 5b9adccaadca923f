/**
 * After a restore the page reloads, so every screen reads the restored data afresh; this
 * note carries across the reload what was restored, for the screen to say so once.
 */
export interface RestoredNote {
  restoredAt: string;
  safetyCopyAt: string;
}

const KEY = 'kvalitetshjulet.backups.restored';

export function rememberRestored(note: RestoredNote): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(note));
  } catch {
    // Only the sentence after the reload is lost; the restore itself is done.
  }
}

export function takeRestoredNote(): RestoredNote | null {
  try {
    const text = globalThis.sessionStorage?.getItem(KEY);
    globalThis.sessionStorage?.removeItem(KEY);
    const note = text ? (JSON.parse(text) as Partial<RestoredNote>) : null;
    return typeof note?.restoredAt === 'string' && typeof note.safetyCopyAt === 'string' ? { restoredAt: note.restoredAt, safetyCopyAt: note.safetyCopyAt } : null;
  } catch {
    return null;
  }
}
