export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Segment {
  from: Point;
  to: Point;
}

/** The centre of a box, in the coordinates of an origin box (both as getBoundingClientRect gives them). */
export function centerWithin(box: Box, origin: Pick<Box, 'left' | 'top'>): Point {
  return { x: box.left - origin.left + box.width / 2, y: box.top - origin.top + box.height / 2 };
}

/**
 * The part of the line between two chip centres that lies outside both chips, so the
 * arrow starts at the edge of one chip and its head touches the edge of the other.
 * Null when the chips are too close for a visible arrow.
 */
export function arrowSegment(from: Point, to: Point, startGap: number, endGap: number): Segment | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= startGap + endGap + 4) return null;
  const ux = dx / length;
  const uy = dy / length;
  return {
    from: { x: from.x + ux * startGap, y: from.y + uy * startGap },
    to: { x: to.x - ux * endGap, y: to.y - uy * endGap },
  };
}
