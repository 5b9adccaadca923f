import { z } from 'zod';
import { Id } from '../domain/ids';
import { RiskContent } from '../domain/plan-content';
import { Assessment } from '../risk-matrix/matrix';
import { editChannel, ToIndex } from './edits';

const RiskFields = RiskContent.pick({ text: true, owner: true }).extend({ qualityAreaIds: z.array(Id).max(20) });

export const risksContract = {
  create: editChannel('risks:create', RiskFields.extend({ processId: Id }).strict()),
  update: editChannel('risks:update', z.object({ id: Id, patch: RiskFields.partial().strict() }).strict()),
  assess: editChannel(
    'risks:assess',
    z.object({ id: Id, stage: z.enum(['inherent', 'residual']), assessment: Assessment.nullable() }).strict(),
  ),
  move: editChannel('risks:move', z.object({ id: Id, toProcessId: Id, toIndex: ToIndex }).strict()),
  remove: editChannel('risks:remove', z.object({ id: Id }).strict()),
};
