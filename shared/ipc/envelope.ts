import type { AppErrorShape } from '../errors';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorShape): Envelope<T> {
  return { ok: false, error };
}
