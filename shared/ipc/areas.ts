import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { withoutPersonalData } from '../domain/free-text';
import { Id } from '../domain/ids';
import { editChannel, orderedChannels } from './edits';

const AreaName = withoutPersonalData(z.string().trim().min(2, keyed('validation.areaNameShort')).max(100, keyed('validation.nameLong')));
const ImprovementText = withoutPersonalData(z.string().trim().min(2, keyed('validation.improvementShort')).max(1000, keyed('validation.tooLong')));

export const qualityAreasContract = {
  create: editChannel('qualityAreas:create', z.object({ planId: Id, name: AreaName }).strict()),
  rename: editChannel('qualityAreas:rename', z.object({ id: Id, name: AreaName }).strict()),
  ...orderedChannels('qualityAreas'),
};

export const improvementAreasContract = {
  create: editChannel('improvementAreas:create', z.object({ planId: Id, text: ImprovementText }).strict()),
  update: editChannel('improvementAreas:update', z.object({ id: Id, text: ImprovementText }).strict()),
  ...orderedChannels('improvementAreas'),
};
