import { levelOf, needsControl } from './grid';
import type { Assessment, RiskMatrix } from './matrix';

export type AssessmentStage = 'inherent' | 'residual';

export interface AssessedRisk {
  id: string;
  text: string;
  inherent: Assessment | null;
  residual: Assessment | null;
}

/** An assessment as the user sees it in one matrix; level fields are null only for data that lay outside the old matrix. */
export interface PlacedAssessment {
  assessment: Assessment;
  levelName: string | null;
  color: string | null;
  needsControl: boolean;
}

export interface AssessmentChange {
  riskId: string;
  text: string;
  stage: AssessmentStage;
  before: PlacedAssessment;
  after: PlacedAssessment;
  /** A value lay beyond the new scale and was moved to its top. */
  rescaled: boolean;
  /** The level name or colour the user sees differs. */
  levelChanged: boolean;
}

/**
 * Each listed assessment is counted exactly once, so the three add up to
 * `changes.length`: `rescaled` whatever happened to its level, `levelChanged` only those
 * that keep their values but land on another level, `unchanged` the rest.
 */
export interface MatrixChangePlan {
  changes: AssessmentChange[];
  summary: { rescaled: number; levelChanged: number; unchanged: number };
}

/**
 * A value that still exists keeps its number, because the label at that position is
 * what the user assessed against. A value beyond the new top goes to the new top: the
 * order between risks is kept and a risk is never understated.
 */
function fitValue(value: number, newSize: number): number {
  return Math.min(value, newSize);
}

function place(matrix: RiskMatrix, assessment: Assessment): PlacedAssessment {
  const level = levelOf(matrix, assessment);
  return {
    assessment: { ...assessment },
    levelName: level?.name ?? null,
    color: level?.color ?? null,
    needsControl: needsControl(matrix, assessment),
  };
}

function sameLevel(a: PlacedAssessment, b: PlacedAssessment): boolean {
  return a.levelName === b.levelName && a.color?.toLowerCase() === b.color?.toLowerCase();
}

/**
 * Lists every assessed stage of every risk with where it lands in the new matrix, in
 * input order, inherent before residual; unassessed stages are left out. Applying the
 * change means storing each entry's `after.assessment`. Expects matrices that passed
 * RiskMatrix.parse; nothing is lost, every assessment gets a place in the new matrix.
 */
export function planMatrixChange(oldMatrix: RiskMatrix, newMatrix: RiskMatrix, risks: readonly AssessedRisk[]): MatrixChangePlan {
  const changes: AssessmentChange[] = [];
  for (const risk of risks) {
    for (const stage of ['inherent', 'residual'] as const) {
      const assessment = risk[stage];
      if (assessment === null) continue;
      const moved: Assessment = {
        likelihood: fitValue(assessment.likelihood, newMatrix.likelihood.length),
        consequence: fitValue(assessment.consequence, newMatrix.consequence.length),
      };
      const before = place(oldMatrix, assessment);
      const after = place(newMatrix, moved);
      changes.push({
        riskId: risk.id,
        text: risk.text,
        stage,
        before,
        after,
        rescaled: moved.likelihood !== assessment.likelihood || moved.consequence !== assessment.consequence,
        levelChanged: !sameLevel(before, after),
      });
    }
  }
  const rescaled = changes.filter((change) => change.rescaled).length;
  const levelChanged = changes.filter((change) => !change.rescaled && change.levelChanged).length;
  return { changes, summary: { rescaled, levelChanged, unchanged: changes.length - rescaled - levelChanged } };
}

const count = (n: number): string => `${n} ${n === 1 ? 'bedömning' : 'bedömningar'}`;

/** One sentence for the confirmation dialog; the per-risk list shows the details. */
export function swedishChangeSummary(plan: MatrixChangePlan): string {
  const { rescaled, levelChanged } = plan.summary;
  const parts = [
    ...(levelChanged > 0 ? [`${count(levelChanged)} får ny risknivå`] : []),
    ...(rescaled > 0 ? [`${count(rescaled)} räknas om till den nya skalan`] : []),
  ];
  if (parts.length === 0) return 'Inga bedömningar påverkas.';
  return `${parts.join(' och ')}. Inga bedömningar går förlorade.`;
}
