import { z } from 'zod';
import { Id } from '../domain/ids';
import { Plan, PlanTitle, PlanYear } from '../domain/plan';
import { channel } from './channel';

export const plansContract = {
  list: channel('plans:list', z.object({ unitId: Id.optional() }).strict(), z.array(Plan)),
  create: channel(
    'plans:create',
    z.object({ unitId: Id, year: PlanYear, title: PlanTitle.optional() }).strict(),
    Plan,
  ),
  rename: channel('plans:rename', z.object({ id: Id, title: PlanTitle }).strict(), Plan),
};
