import { z } from 'zod';
import { withoutPersonalData } from '../domain/free-text';
import { Id } from '../domain/ids';
import { editChannel, orderedChannels } from './edits';

const AreaName = withoutPersonalData(z.string().trim().min(2, 'Kvalitetsområdet behöver ett namn.').max(100, 'Namnet får vara högst 100 tecken.'));
const ImprovementText = withoutPersonalData(z.string().trim().min(2, 'Beskriv förbättringsområdet.').max(1000, 'Texten får vara högst 1000 tecken.'));

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
