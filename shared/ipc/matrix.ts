import { z } from 'zod';
import { Id } from '../domain/ids';
import { Assessment, RiskMatrix } from '../risk-matrix/matrix';
import { channel } from './channel';
import { editChannel } from './edits';

const Placed = z.object({
  assessment: Assessment,
  levelName: z.string().nullable(),
  color: z.string().nullable(),
  needsControl: z.boolean(),
});

export const MatrixChangePreview = z.object({
  changes: z.array(
    z.object({
      riskId: Id,
      text: z.string(),
      stage: z.enum(['inherent', 'residual']),
      before: Placed,
      after: Placed,
      rescaled: z.boolean(),
      levelChanged: z.boolean(),
    }),
  ),
  summary: z.object({ rescaled: z.number(), levelChanged: z.number(), unchanged: z.number() }),
  message: z.string(),
});
export type MatrixChangePreview = z.infer<typeof MatrixChangePreview>;

export const matrixContract = {
  preview: channel('matrix:preview', z.object({ planId: Id, matrix: RiskMatrix }).strict(), MatrixChangePreview),
  apply: editChannel(
    'matrix:apply',
    z.object({ planId: Id, matrix: RiskMatrix, confirmedChanges: z.number().int().min(0) }).strict(),
  ),
};
