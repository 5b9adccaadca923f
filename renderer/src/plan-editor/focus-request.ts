/**
 * An item that moves to another list is a new component there, so it cannot keep the
 * focus itself. Whoever moves it asks here; the item takes the focus when it mounts.
 */
let requested: string | null = null;

export function requestFocus(id: string): void {
  requested = id;
}

export function takeFocusRequest(id: string): boolean {
  if (requested !== id) return false;
  requested = null;
  return true;
}
