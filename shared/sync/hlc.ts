/**
 * A hybrid logical clock: wall time in milliseconds plus a counter, so every change a device
 * stamps is later than everything it has seen, even when its wall clock stands still or
 * goes back. Stamps are fixed-width text, so they compare as plain strings.
 */
export interface Hlc {
  wall: number;
  counter: number;
}

/** A remote stamp further ahead of the local wall clock than this does not move the local clock. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const COUNTER_MAX = 10 ** COUNTER_DIGITS - 1;
const STAMP = /^(\d{15})-(\d{5})$/;

export const ZERO: Hlc = { wall: 0, counter: 0 };

export function pack(hlc: Hlc): string {
  return `${String(hlc.wall).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function unpack(stamp: string): Hlc | null {
  const match = STAMP.exec(stamp);
  return match ? { wall: Number(match[1]), counter: Number(match[2]) } : null;
}

export function isStamp(value: string): boolean {
  return STAMP.test(value);
}

function after(wall: number, counter: number): Hlc {
  // A full counter borrows a millisecond rather than wrapping, which would go back in time.
  return counter > COUNTER_MAX ? { wall: wall + 1, counter: 0 } : { wall, counter };
}

/** The stamp of a local event that happened at `wallNow`. */
export function tick(last: Hlc, wallNow: number): Hlc {
  if (wallNow > last.wall) return { wall: wallNow, counter: 0 };
  return after(last.wall, last.counter + 1);
}

export type Received = { accepted: true; clock: Hlc } | { accepted: false; clock: Hlc; aheadMs: number };

/**
 * Takes in a stamp seen from another device. One further ahead of the local wall clock than
 * `maxDriftMs` is refused and leaves the clock as it was: a device whose clock runs fast
 * must not drag every other device's stamps into its future.
 */
export function receive(last: Hlc, remote: Hlc, wallNow: number, maxDriftMs = MAX_DRIFT_MS): Received {
  const aheadMs = remote.wall - wallNow;
  if (aheadMs > maxDriftMs) return { accepted: false, clock: last, aheadMs };
  const wall = Math.max(last.wall, remote.wall, wallNow);
  if (wall === last.wall && wall === remote.wall) return { accepted: true, clock: after(wall, Math.max(last.counter, remote.counter) + 1) };
  if (wall === last.wall) return { accepted: true, clock: after(wall, last.counter + 1) };
  if (wall === remote.wall) return { accepted: true, clock: after(wall, remote.counter + 1) };
  return { accepted: true, clock: { wall, counter: 0 } };
}

/** The wall time of a stamp as an ISO instant, e.g. for the history of a plan. */
export function wallTimeOf(stamp: string): string {
  const hlc = unpack(stamp);
  return new Date(hlc ? hlc.wall : 0).toISOString();
}
