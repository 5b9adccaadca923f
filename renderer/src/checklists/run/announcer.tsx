import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  /** Changes with every announcement, so the same words said twice are read twice. */
  count: number;
  announce(message: string): void;
}

export const useAnnouncer = create<AnnouncerState>()((set) => ({
  message: '',
  count: 0,
  announce: (message) => set((state) => ({ message, count: state.count + 1 })),
}));

/** The run's polite live region: "Sparat: Ja", "Ärende 2026-0123 är tillagt". */
export function Announcer() {
  const message = useAnnouncer((state) => state.message);
  const count = useAnnouncer((state) => state.count);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={count}>{message}</span>
    </div>
  );
}
