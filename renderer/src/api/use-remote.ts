import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import { request } from './client';

export interface Remote<T> {
  /** The last answer that arrived, possibly to an earlier key while a new one loads. */
  value: T | null;
  error: string | null;
  /** Whether the answer shown belongs to the key asked for now. */
  current: boolean;
}

/**
 * Loads one thing for a screen part and loads it again whenever the key changes
 * (put everything the call depends on into the key). A null key loads nothing.
 */
export function useRemote<T>(key: string | null, call: (api: Api) => Promise<Envelope<T>>): Remote<T> {
  const latestCall = useRef(call);
  const [answer, setAnswer] = useState<{ key: string; value: T | null; error: string | null } | null>(null);

  useEffect(() => {
    latestCall.current = call;
  });

  useEffect(() => {
    if (key === null) return;
    let live = true;
    void request(latestCall.current).then((result) => {
      if (!live) return;
      setAnswer(result.ok ? { key, value: result.value, error: null } : { key, value: null, error: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [key]);

  return { value: answer?.value ?? null, error: answer?.key === key ? answer.error : null, current: answer?.key === key };
}
