import type { Figure } from './report';

/** What the bench asks of the main-side process it started, beyond serving the page. */
export interface MeasureJob {
  today: string;
  /** The plan the aggregates use: Översikt's plan, the newest year of a unit. */
  planId: string;
  /** Where the timed answers go: a plan nothing else measures, so they change no other figure. */
  answers: { planId: string; date: string; count: number };
  /** One plan per unit, exported and then imported into an empty database. */
  exportPlanIds: string[];
  workFolder: string;
}

export type ToMainSide = { kind: 'measure'; job: MeasureJob } | { kind: 'stop' };

export type FromMainSide =
  | { kind: 'ready'; url: string; startedAt: number }
  | { kind: 'figures'; figures: Figure[] }
  | { kind: 'stopped'; peakRssMb: number; rssBeforeDatabaseMb: number }
  | { kind: 'failed'; message: string };

/** Milliseconds since the epoch, to the fraction: comparable between the bench and its child. */
export const wallClock = () => performance.timeOrigin + performance.now();
