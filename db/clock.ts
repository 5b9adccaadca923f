import { randomUUID } from 'node:crypto';

/** Time and ids come from here so tests can freeze them. */
export interface Clock {
  now(): string;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  newId: () => randomUUID(),
};
