import { z } from 'zod';
import { Id } from '../domain/ids';
import { Unit, UnitName } from '../domain/unit';
import { channel } from './channel';

export const unitsContract = {
  list: channel('units:list', z.object({}).strict(), z.array(Unit)),
  create: channel('units:create', z.object({ name: UnitName }).strict(), Unit),
  rename: channel('units:rename', z.object({ id: Id, name: UnitName }).strict(), Unit),
};
