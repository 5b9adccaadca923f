import { z } from 'zod';
import { Id } from '../domain/ids';
import { ActionContent, ControlContent, ControlPatch } from '../domain/plan-content';
import { editChannel, orderedChannels } from './edits';

export const controlsContract = {
  create: editChannel('controls:create', ControlContent.extend({ riskId: Id }).strict()),
  update: editChannel('controls:update', z.object({ id: Id, patch: ControlPatch.strict() }).strict()),
  ...orderedChannels('controls'),
};

export const actionsContract = {
  create: editChannel('actions:create', ActionContent.extend({ riskId: Id }).strict()),
  update: editChannel('actions:update', z.object({ id: Id, patch: ActionContent.partial().strict() }).strict()),
  ...orderedChannels('actions'),
};
