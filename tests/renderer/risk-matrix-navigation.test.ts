import { describe, expect, it } from 'vitest';
import { arrowSegment, centerWithin } from '../../renderer/src/risk-matrix/model/arrow-geometry';
import { clampCell, moveCursor, startCell } from '../../renderer/src/risk-matrix/model/grid-navigation';
import type { RiskEntry } from '../../renderer/src/risk-matrix/model/risk-entries';
import { scaleName } from '../../renderer/src/risk-matrix/model/scale-name';

const size = { likelihood: 5, consequence: 4 };
const at = (likelihood: number, consequence: number) => ({ likelihood, consequence });

describe('moving the grid cursor by keyboard', () => {
  it('goes up to a higher likelihood and right to a more serious consequence', () => {
    expect(moveCursor(at(2, 2), 'ArrowUp', size)).toEqual(at(3, 2));
    expect(moveCursor(at(2, 2), 'ArrowDown', size)).toEqual(at(1, 2));
    expect(moveCursor(at(2, 2), 'ArrowRight', size)).toEqual(at(2, 3));
    expect(moveCursor(at(2, 2), 'ArrowLeft', size)).toEqual(at(2, 1));
  });

  it('stops at the edges instead of wrapping', () => {
    expect(moveCursor(at(5, 4), 'ArrowUp', size)).toEqual(at(5, 4));
    expect(moveCursor(at(5, 4), 'ArrowRight', size)).toEqual(at(5, 4));
    expect(moveCursor(at(1, 1), 'ArrowDown', size)).toEqual(at(1, 1));
    expect(moveCursor(at(1, 1), 'ArrowLeft', size)).toEqual(at(1, 1));
  });

  it('jumps to the ends of the row with Home/End and of the column with PageUp/PageDown', () => {
    expect(moveCursor(at(3, 2), 'Home', size)).toEqual(at(3, 1));
    expect(moveCursor(at(3, 2), 'End', size)).toEqual(at(3, 4));
    expect(moveCursor(at(3, 2), 'PageUp', size)).toEqual(at(5, 2));
    expect(moveCursor(at(3, 2), 'PageDown', size)).toEqual(at(1, 2));
  });

  it('leaves every other key to the caller', () => {
    for (const key of ['Enter', ' ', 'Escape', 'Delete', 'a', 'Tab']) expect(moveCursor(at(3, 2), key, size)).toBeNull();
  });

  it('keeps a cursor inside a matrix that has shrunk', () => {
    expect(clampCell(at(6, 6), size)).toEqual(at(5, 4));
    expect(clampCell(at(0, 2), size)).toEqual(at(1, 2));
  });
});

describe('where the cursor starts for a picked risk', () => {
  const entry = (inherent: RiskEntry['inherent'], residual: RiskEntry['residual']): RiskEntry => ({
    id: 'r',
    number: 1,
    text: 'Risk',
    processId: 'p',
    processName: 'Process',
    qualityAreaIds: [],
    inherent,
    residual,
    controlCount: 0,
  });

  it('is the risk’s own place at the stage being placed', () => {
    expect(startCell(entry(at(4, 3), at(2, 2)), 'inherent', size)).toEqual(at(4, 3));
    expect(startCell(entry(at(4, 3), at(2, 2)), 'residual', size)).toEqual(at(2, 2));
  });

  it('is the other stage’s place when this stage is unassessed, else the bottom left', () => {
    expect(startCell(entry(at(4, 3), null), 'residual', size)).toEqual(at(4, 3));
    expect(startCell(entry(null, null), 'inherent', size)).toEqual(at(1, 1));
  });
});

describe('arrows from the place before to the place after a measure', () => {
  it('measure chip centres against the map frame', () => {
    expect(centerWithin({ left: 130, top: 250, width: 24, height: 24 }, { left: 100, top: 200 })).toEqual({ x: 42, y: 62 });
  });

  it('start and end at the chip edges', () => {
    const segment = arrowSegment({ x: 0, y: 0 }, { x: 100, y: 0 }, 13, 13);
    expect(segment).toEqual({ from: { x: 13, y: 0 }, to: { x: 87, y: 0 } });
    const diagonal = arrowSegment({ x: 0, y: 0 }, { x: 30, y: 40 }, 5, 10);
    expect(diagonal?.from.x).toBeCloseTo(3);
    expect(diagonal?.from.y).toBeCloseTo(4);
    expect(diagonal?.to.x).toBeCloseTo(24);
    expect(diagonal?.to.y).toBeCloseTo(32);
  });

  it('are left out when the chips nearly touch', () => {
    expect(arrowSegment({ x: 0, y: 0 }, { x: 28, y: 0 }, 13, 13)).toBeNull();
    expect(arrowSegment({ x: 5, y: 5 }, { x: 5, y: 5 }, 13, 13)).toBeNull();
  });
});

describe('scale names in sentences', () => {
  it('keep a label that starts with its number and put the number before one that does not', () => {
    expect(scaleName(4, '4 – Sannolik')).toBe('4 – Sannolik');
    expect(scaleName(4, 'Sannolik')).toBe('4 – Sannolik');
    expect(scaleName(1, '12 gånger per år')).toBe('1 – 12 gånger per år');
  });
});
