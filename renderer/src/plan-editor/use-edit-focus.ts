import { useEffect, useRef } from 'react';

/**
 * When an item's edit form closes (saved or cancelled), the keyboard user lands on the
 * item's own "Ändra" button again instead of at the top of the page.
 */
export function useEditFocus<T extends HTMLElement>(editing: boolean) {
  const container = useRef<T>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) container.current?.querySelector<HTMLElement>('[data-edit-button]')?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return container;
}
