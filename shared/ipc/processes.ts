import { z } from 'zod';
import { Id } from '../domain/ids';
import { ProcessContent } from '../domain/plan-content';
import { editChannel, orderedChannels } from './edits';

const ProcessFields = ProcessContent.omit({ risks: true });

export const processesContract = {
  create: editChannel('processes:create', ProcessFields.extend({ planId: Id }).strict()),
  update: editChannel('processes:update', z.object({ id: Id, patch: ProcessFields.partial().strict() }).strict()),
  ...orderedChannels('processes'),
};
