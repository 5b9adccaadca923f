import { useEffect, useRef } from 'react';

/**
 * While a form replaces its opening button the button is gone; when the form
 * closes, keyboard users should land on that button again instead of at the page top.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const target = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return target;
}
