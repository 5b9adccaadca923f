import { useRef, useState } from 'react';
import type { Envelope } from '../../../shared/ipc/envelope';
import { confirmingNotPersonalData } from '../api/client';
import { messageText } from '../api/message-text';

export interface Submit {
  saving: boolean;
  error: string | null;
  setError(message: string | null): void;
  /** Runs the call once at a time; a refusal stays as the error, success calls onDone. */
  run(call: () => Promise<Envelope<unknown>>): Promise<boolean>;
  /**
   * Set while the refusal asks whether a number in the text is a personnummer: the next run
   * then carries the user's word that it is not. The next run, not the refused call again,
   * so what the user typed since is what gets saved.
   */
  confirmNext: (() => void) | null;
}

export function useSubmit(onDone?: () => void): Submit {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asks, setAsks] = useState(false);
  const confirmed = useRef(false);

  async function run(call: () => Promise<Envelope<unknown>>): Promise<boolean> {
    if (saving) return false;
    const confirming = confirmed.current;
    confirmed.current = false;
    setSaving(true);
    const result = await (confirming ? confirmingNotPersonalData(call) : call());
    setSaving(false);
    setAsks(!result.ok && result.error.code === 'NEEDS_CONFIRMATION');
    if (!result.ok) {
      setError(messageText(result.error));
      return false;
    }
    setError(null);
    onDone?.();
    return true;
  }

  return {
    saving,
    error,
    setError(message) {
      setError(message);
      setAsks(false);
    },
    run,
    confirmNext:
      asks && error
        ? () => {
            confirmed.current = true;
          }
        : null,
  };
}
