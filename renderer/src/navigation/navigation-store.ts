import { create } from 'zustand';
import { sectionFromHash, type Section } from './sections';

interface NavigationState {
  section: Section;
  show(section: Section): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  section: 'overview',
  show: (section) => set({ section }),
}));

export interface HashSource {
  location: { hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/**
 * The hash is the source of truth, so links, the back button and a reload all
 * agree; it works the same under Electron's app:// scheme and plain http.
 */
export function bindNavigationToHash(source: HashSource): () => void {
  const sync = () => useNavigation.getState().show(sectionFromHash(source.location.hash));
  sync();
  source.addEventListener('hashchange', sync);
  return () => source.removeEventListener('hashchange', sync);
}
