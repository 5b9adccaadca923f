import { z } from 'zod';
import { Id } from '../domain/ids';
import { PlanDetail } from '../domain/plan-detail';
import { channel } from './channel';

/** Every edit of a plan answers with the whole plan as it now is, so the renderer never patches state itself. */
export const editChannel = <I extends z.ZodType>(name: `${string}:${string}`, input: I) => channel(name, input, PlanDetail);

export const ToIndex = z.number({ message: 'Ange en plats i listan.' }).int().min(0).max(10_000);

/** remove and move look the same for every ordered part of a plan. */
export function orderedChannels<D extends string>(domain: D) {
  return {
    remove: editChannel(`${domain}:remove`, z.object({ id: Id }).strict()),
    move: editChannel(`${domain}:move`, z.object({ id: Id, toIndex: ToIndex }).strict()),
  };
}
