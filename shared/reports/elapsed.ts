import type { ReportStatus } from './kinds';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another, as a calendar counts them (no clock, no zone). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}

/** Days since the report came in: to today while it is open, to the day it was closed once it is. */
export function elapsedDays(receivedOn: string, closedOn: string | null, today: string): number {
  return Math.max(0, daysBetween(receivedOn, closedOn ?? today));
}

/** An open report past the unit's limit for its kind is flagged; a closed one never is. */
export function isOverdue(status: ReportStatus, elapsed: number, limitDays: number): boolean {
  return status !== 'avslutad' && elapsed > limitDays;
}
