import { useState } from 'react';
import type { Envelope } from '../../../shared/ipc/envelope';
import { messageText } from '../api/message-text';

export interface Submit {
  saving: boolean;
  error: string | null;
  setError(message: string | null): void;
  /** Runs the call once at a time; a refusal stays as the error, success calls onDone. */
  run(call: () => Promise<Envelope<unknown>>): Promise<boolean>;
}

export function useSubmit(onDone?: () => void): Submit {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => Promise<Envelope<unknown>>): Promise<boolean> {
    if (saving) return false;
    setSaving(true);
    const result = await call();
    setSaving(false);
    if (!result.ok) {
      setError(messageText(result.error));
      return false;
    }
    setError(null);
    onDone?.();
    return true;
  }

  return { saving, error, setError, run };
}
