import { z } from 'zod';
import { AppErrorShape } from '../errors';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** What every channel answers, parsed by the web bridge and tests like any other contract value. */
export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: AppErrorShape })]);
}

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorShape): Envelope<T> {
  return { ok: false, error };
}
