import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS, pack, receive, tick, unpack, wallTimeOf, ZERO, type Hlc } from '../../../shared/sync/hlc';
import { wins } from '../../../shared/sync/register';

const later = (a: Hlc, b: Hlc) => pack(a) > pack(b);
const wall = fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 });

describe('the hybrid logical clock', () => {
  it('stamps every local event later than the one before, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(wall, { minLength: 1, maxLength: 50 }), (walls) => {
        let clock = ZERO;
        for (const now of walls) {
          const next = tick(clock, now);
          expect(later(next, clock)).toBe(true);
          expect(next.wall).toBeGreaterThanOrEqual(now);
          clock = next;
        }
      }),
    );
  });

  it('after taking in a remote stamp, stamps later than both clocks', () => {
    fc.assert(
      fc.property(wall, fc.nat({ max: 1000 }), fc.integer({ min: -MAX_DRIFT_MS, max: MAX_DRIFT_MS }), fc.nat({ max: 1000 }), (now, localCounter, offset, remoteCounter) => {
        const local: Hlc = { wall: now - 10, counter: localCounter };
        const remote: Hlc = { wall: now + offset, counter: remoteCounter };
        const result = receive(local, remote, now);
        expect(result.accepted).toBe(true);
        expect(later(result.clock, local)).toBe(true);
        expect(later(result.clock, remote)).toBe(true);
        expect(later(tick(result.clock, now), result.clock)).toBe(true);
      }),
    );
  });

  it('does not let a stamp far ahead of the wall clock move the local clock', () => {
    const now = Date.parse('2026-03-31T08:00:00.000Z');
    const local: Hlc = { wall: now, counter: 3 };
    const ahead: Hlc = { wall: now + MAX_DRIFT_MS + 1, counter: 0 };
    const result = receive(local, ahead, now);
    expect(result).toEqual({ accepted: false, clock: local, aheadMs: MAX_DRIFT_MS + 1 });
    expect(receive(local, ahead, now + 2).accepted).toBe(true);
  });

  it('borrows a millisecond instead of wrapping a full counter', () => {
    expect(tick({ wall: 5, counter: 99_999 }, 1)).toEqual({ wall: 6, counter: 0 });
  });

  it('writes stamps as fixed-width text that sorts like the clock and reads back', () => {
    fc.assert(
      fc.property(wall, fc.nat({ max: 99_999 }), wall, fc.nat({ max: 99_999 }), (w1, c1, w2, c2) => {
        const a = { wall: w1, counter: c1 };
        const b = { wall: w2, counter: c2 };
        expect(unpack(pack(a))).toEqual(a);
        expect(Math.sign(pack(a).localeCompare(pack(b)))).toBe(Math.sign(w1 - w2 || c1 - c2));
      }),
    );
    expect(unpack('not a stamp')).toBeNull();
    expect(wallTimeOf(pack({ wall: Date.parse('2026-03-31T08:00:00.000Z'), counter: 2 }))).toBe('2026-03-31T08:00:00.000Z');
  });

  it('breaks a tie between equal stamps by device id, the same way on every device', () => {
    const stamp = pack({ wall: 1, counter: 0 });
    expect(wins({ hlc: stamp, device: 'b' }, { hlc: stamp, device: 'a' })).toBe(true);
    expect(wins({ hlc: stamp, device: 'a' }, { hlc: stamp, device: 'b' })).toBe(false);
    expect(wins({ hlc: stamp, device: 'a' }, { hlc: stamp, device: 'a' })).toBe(false);
  });
});
