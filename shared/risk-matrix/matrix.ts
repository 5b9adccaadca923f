import { z } from 'zod';
import { keyed } from '../messages/zod-issues';

export const MIN_SCALE = 3;
export const MAX_SCALE = 6;

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, keyed('riskMatrix.colourFormat'));

export const ScaleLevel = z.object({
  label: z.string().trim().min(1, keyed('riskMatrix.levelLabelMissing')).max(60, keyed('riskMatrix.levelLabelLong')),
  description: z.string().trim().max(400, keyed('riskMatrix.descriptionLong')),
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

export const RiskLevel = z.object({
  name: z.string().trim().min(1, keyed('riskMatrix.riskLevelNameMissing')).max(40, keyed('riskMatrix.riskLevelNameLong')),
  color: HexColor,
});
export type RiskLevel = z.infer<typeof RiskLevel>;

const Scale = z
  .array(ScaleLevel)
  .min(MIN_SCALE, keyed('riskMatrix.scaleTooShort'))
  .max(MAX_SCALE, keyed('riskMatrix.scaleTooLong'));

/**
 * A plan's risk matrix. `grid[l][c]` is the index into `riskLevels` of the cell with
 * likelihood l+1 and consequence c+1: a lookup grid, so a daily minor harm and a
 * yearly death need not share a level just because their products are equal.
 * `riskLevels` run from lowest to highest; `threshold` is the index of the lowest
 * level whose risks need a control, or null.
 */
export const RiskMatrix = z
  .object({
    likelihood: Scale,
    consequence: Scale,
    riskLevels: z.array(RiskLevel).min(2, keyed('riskMatrix.tooFewRiskLevels')).max(6, keyed('riskMatrix.tooManyRiskLevels')),
    grid: z.array(z.array(z.number().int().min(0))),
    threshold: z.number().int().min(0).nullable(),
  })
  .superRefine((matrix, ctx) => {
    if (matrix.grid.length !== matrix.likelihood.length || matrix.grid.some((row) => row.length !== matrix.consequence.length)) {
      ctx.addIssue({ code: 'custom', message: keyed('riskMatrix.gridIncomplete'), path: ['grid'] });
    }
    if (matrix.grid.some((row) => row.some((level) => level >= matrix.riskLevels.length))) {
      ctx.addIssue({ code: 'custom', message: keyed('riskMatrix.cellLevelUnknown'), path: ['grid'] });
    }
    if (matrix.threshold !== null && matrix.threshold >= matrix.riskLevels.length) {
      ctx.addIssue({ code: 'custom', message: keyed('riskMatrix.thresholdUnknown'), path: ['threshold'] });
    }
  });
export type RiskMatrix = z.infer<typeof RiskMatrix>;

/** A risk's place in the matrix, 1-based as people say it: "sannolikhet 3, konsekvens 4". */
export const Assessment = z.object({
  likelihood: z.number().int().min(1).max(MAX_SCALE),
  consequence: z.number().int().min(1).max(MAX_SCALE),
});
export type Assessment = z.infer<typeof Assessment>;
